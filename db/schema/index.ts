export * from "./localized";
export * from "./chambers";
export * from "./users";
export * from "./sign-in-attempts";
export * from "./companies";
export * from "./catalog";
export * from "./moderation";
export * from "./matching";
