/** The demo's history starts with the year of the county's report, so every report year has data. */
export const DEMO_FIRST_YEAR = 2022;
