// Types that a dependency ships without naming them in its package.json: date-holidays-parser
// (date-holidays' engine, shared/domain/time/holidays.ts) declares its module in types/index.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration, which no import can reach
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />
