/** The two feedback types (issue 17), apart from the route so that roles and views can name them without importing it. */
export const RATING_UID = 'api::page-rating.page-rating';
export const BARRIER_UID = 'api::barrier-report.barrier-report';
export const FEEDBACK_UIDS: readonly string[] = [RATING_UID, BARRIER_UID];
