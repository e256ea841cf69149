export const SESSION_COOKIE = 'kindred_session';
