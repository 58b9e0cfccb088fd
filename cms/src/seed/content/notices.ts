export const amtsblatt = [];
export const notices = [];
