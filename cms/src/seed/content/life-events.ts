export const lifeEvents = [];
