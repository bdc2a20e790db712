import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactHandlesBox } from "@/components/company/contact-handles";
import { BlockPanel } from "@/components/inquiries/block-panel";
import { MeetingForm } from "@/components/inquiries/meeting-form";
import { MeetingList } from "@/components/inquiries/meeting-list";
import { MessageForm } from "@/components/inquiries/message-form";
import { MessageList } from "@/components/inquiries/message-list";
import { StageBadge } from "@/components/inquiries/stage-badge";
import { StageForm } from "@/components/inquiries/stage-form";
import { Timeline } from "@/components/inquiries/timeline";
import { QuotationCard } from "@/components/quotations/quotation-card";
import { SampleRequestForm } from "@/components/quotations/sample-forms";
import { SampleList } from "@/components/quotations/sample-list";
import { carriers, samplePayers } from "@/db/schema";
import { quotationsForThread } from "@/lib/quotations/read";
import { samplesForThread } from "@/lib/samples/samples";
import { requireUser } from "@/lib/auth/access";
import { partnerHandles } from "@/lib/companies/contacts";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { nextStages } from "@/lib/inquiries/stages";
import { getThread } from "@/lib/inquiries/thread";
import { markThreadRead } from "@/lib/inquiries/unread";
import { utcToZonedLocal, zoneOfSide } from "@/lib/inquiries/zones";
import {
  answerMeetingAction,
  blockCompanyAction,
  cancelMeetingAction,
  changeStageAction,
  markSampleReceivedAction,
  markSampleSentAction,
  postMessageAction,
  proposeMeetingAction,
  requestSampleAction,
  unblockCompanyAction,
} from "./actions";
import { acceptQuotationAction, declineQuotationAction, requestRevisionAction } from "../../company/needs/[id]/actions";

export default async function ThreadPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/inquiries/${id}`);
  const thread = await getThread(user, id);
  if (!thread) notFound();
  await markThreadRead(user, id);
  const t = await getTranslations("inquiries");
  const tq = await getTranslations("quotations");
  const ts = await getTranslations("samples");
  const [quotations, samples] = await Promise.all([quotationsForThread(user, id), samplesForThread(user, id)]);
  const { inquiry, role, sme, distributor, canWrite } = thread;
  const name = (value: Parameters<typeof pickLocalized>[0]) => pickLocalized(value, locale)?.text ?? "";
  const isCompany = role === "sme" || role === "distributor";
  const other = role === "sme" ? distributor : sme;
  // "Samples sent" follows the samples recorded below, not a hand-picked stage.
  const stageOptions = nextStages(inquiry.stage).filter((stage) => stage !== "samples_sent");
  // The viewer's own side of this thread, as getThread established it from the membership.
  const handles = isCompany ? await partnerHandles(role === "sme" ? sme.id : distributor.id, other.id) : undefined;
  const closedReason = inquiry.closedReason === "contact_ended" ? t("closedReasons.contact_ended") : inquiry.closedReason;
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href="/inbox" className="w-fit text-sm text-indigo-800 underline">
          {t("thread.inbox")}
        </Link>
        <h1 className="text-2xl font-bold" data-testid="thread-subject">
          {inquiry.subject}
        </h1>
        <p className="text-stone-700" data-testid="thread-companies">
          {t("thread.between", { sme: name(sme.name), distributor: name(distributor.name) })}
        </p>
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-600">
          <StageBadge stage={inquiry.stage} />
          {inquiry.stage === "closed" && closedReason && <span data-testid="closed-reason">{t("stage.closedBecause", { reason: closedReason })}</span>}
          {thread.productName && <span>{t("thread.about", { product: name(thread.productName) })}</span>}
          {thread.chamberName && <span>{t("thread.coordinatedBy", { chamber: name(thread.chamberName) })}</span>}
        </div>
      </header>
      {thread.contactEnded && (
        <p role="status" data-testid="contact-ended" className="rounded-md bg-stone-100 p-3 font-medium text-stone-800">
          {t("thread.contactEnded")}
        </p>
      )}
      {role === "platform" && <p className="rounded-md bg-sky-50 p-3 text-sky-900">{t("thread.observer")}</p>}
      {role === "chamber" && canWrite && <p className="rounded-md bg-emerald-50 p-3 text-emerald-900">{t("thread.coordinatorNote")}</p>}
      {!canWrite && !thread.contactEnded && role !== "platform" && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("thread.readOnly")}</p>}
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="messages-title" className="flex flex-col gap-4">
          <h2 id="messages-title" className="text-lg font-semibold">
            {t("thread.messages")}
          </h2>
          <MessageList messages={thread.messages} attachments={thread.attachments} />
          {canWrite && <MessageForm action={postMessageAction} inquiryId={inquiry.id} />}
          <section aria-labelledby="quotations-title" className="flex flex-col gap-3" data-testid="thread-quotations">
            <h2 id="quotations-title" className="text-lg font-semibold">
              {tq("title")}
            </h2>
            {quotations.length === 0 && <p className="text-sm text-stone-500">{tq("noneInThread")}</p>}
            {quotations.map((q) => (
              <QuotationCard
                key={q.id}
                quotation={q}
                viewer={canWrite && isCompany ? role : "other"}
                answers={{ accept: acceptQuotationAction, revise: requestRevisionAction, decline: declineQuotationAction }}
              />
            ))}
            {canWrite && role === "sme" && (
              <Link href={`/quotations/new?inquiry=${inquiry.id}`} className="w-fit font-medium text-indigo-800 underline" data-testid="thread-quote-link">
                {tq("quoteInThread")}
              </Link>
            )}
          </section>
          <section aria-labelledby="samples-title" className="flex flex-col gap-3" data-testid="thread-samples">
            <h2 id="samples-title" className="text-lg font-semibold">
              {ts("title")}
            </h2>
            <SampleList
              samples={samples}
              actingSide={canWrite && isCompany ? role : undefined}
              carriers={carriers}
              markSent={markSampleSentAction}
              markReceived={markSampleReceivedAction}
            />
            {canWrite && isCompany && (
              <details className="rounded-lg border border-stone-200 bg-white p-3">
                <summary className="cursor-pointer font-medium">{ts("requestTitle")}</summary>
                <div className="pt-3">
                  <SampleRequestForm action={requestSampleAction} inquiryId={inquiry.id} payers={samplePayers} />
                </div>
              </details>
            )}
          </section>
        </section>
        <aside className="flex flex-col gap-6">
          {handles !== undefined && <ContactHandlesBox handles={handles} />}
          <section aria-labelledby="stage-title" className="flex flex-col gap-3">
            <h2 id="stage-title" className="text-lg font-semibold">
              {t("stage.title")}
            </h2>
            {inquiry.stage === "signed" && <p className="text-sm text-emerald-900">{t("stage.final")}</p>}
            {canWrite && stageOptions.length > 0 && <StageForm action={changeStageAction} inquiryId={inquiry.id} options={stageOptions} />}
          </section>
          <section aria-labelledby="meetings-title" className="flex flex-col gap-3">
            <h2 id="meetings-title" className="text-lg font-semibold">
              {t("meetings.title")}
            </h2>
            <MeetingList
              meetings={thread.meetings}
              companies={[sme, distributor]}
              answeringCompanyId={canWrite && isCompany ? (role === "sme" ? sme.id : distributor.id) : undefined}
              answer={answerMeetingAction}
              cancel={cancelMeetingAction}
            />
            {canWrite && isCompany && (
              <details className="rounded-lg border border-stone-200 bg-white p-3">
                <summary className="cursor-pointer font-medium">{t("meetings.propose")}</summary>
                <div className="pt-3">
                  <MeetingForm action={proposeMeetingAction} inquiryId={inquiry.id} side={role} min={utcToZonedLocal(new Date(), zoneOfSide(role))} />
                </div>
              </details>
            )}
          </section>
          <section aria-labelledby="timeline-title" className="flex flex-col gap-3">
            <h2 id="timeline-title" className="text-lg font-semibold">
              {t("timeline.title")}
            </h2>
            <Timeline events={thread.events} />
          </section>
          {isCompany && (
            <BlockPanel
              inquiryId={inquiry.id}
              companyName={name(other.name)}
              contactEnded={thread.contactEnded}
              blockedByViewer={thread.blockedByViewer}
              block={blockCompanyAction}
              unblock={unblockCompanyAction}
            />
          )}
        </aside>
      </div>
    </article>
  );
}
