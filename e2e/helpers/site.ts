// The gates' page listing and link check live with the gates (@stadtportal/publish); the tests
// judge the fixture site with the same functions.
export { htmlFiles, urlPathOf } from '@stadtportal/publish/site-files';
export { brokenInternalLinks } from '@stadtportal/publish/gates/links';
