export const pageTranslations = [];
