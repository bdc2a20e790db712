export * from "./localized";
export * from "./chambers";
export * from "./users";
export * from "./sign-in-attempts";
