// A journal entry's details in words. A moderator's correction (before/after profile data) is
// shown field by field, only the fields that changed, as the public sees them.
import { dictionary } from "@/lib/i18n/server";
import { displayValue, isProfileData, profileFields } from "@/lib/startups/display";

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return dictionary().admin.common.none;
  if (typeof value === "boolean") return value ? dictionary().admin.common.yes : dictionary().admin.common.no;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

type Props = { details: unknown; sectorNames: ReadonlyMap<string, string> };

export function JournalDetails({ details, sectorNames }: Props) {
  const t = dictionary().admin.journal;
  if (typeof details !== "object" || details === null) return null;
  const { before, after, ...rest } = details as Record<string, unknown>;
  const profileChange = isProfileData(before) && isProfileData(after);
  return (
    <dl className="space-y-1 text-xs">
      {profileChange
        ? profileFields().filter(({ key }) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(({ key, label }) => (
            <div key={key}>
              <dt className="font-semibold">{label}</dt>
              <dd className="break-words">
                {t.change(displayValue(before, key, sectorNames).text, displayValue(after, key, sectorNames).text)}
              </dd>
            </div>
          ))
        : (before !== undefined || after !== undefined) && (
            <div>
              <dt className="font-semibold">{t.changeLabel}</dt>
              <dd className="break-words">{t.change(plain(before), plain(after))}</dd>
            </div>
          )}
      {Object.entries(rest).map(([key, value]) => (
        <div key={key}>
          <dt className="font-semibold">{t.detailKeys[key] ?? key}</dt>
          <dd className="break-all">{plain(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
