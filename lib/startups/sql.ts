// SQL fragments over the startups table shared by search and statistics.
import { sql } from "drizzle-orm";
import { TEAM_BANDS } from "./options";

/** A CASE expression that puts team_size into its band id (lib/startups/options). */
export const teamBandExpr = sql.raw(
  `case ${TEAM_BANDS.map((band) =>
    band.max === null ? `when team_size >= ${band.min} then '${band.id}'` : `when team_size between ${band.min} and ${band.max} then '${band.id}'`,
  ).join(" ")} end`,
);
