export type { AccuracyReport, CorpusEntry, IntentLine, Miss } from './parse/corpus/accuracy';
export { measureAccuracy, readCorpus } from './parse/corpus/accuracy';
export { isIsoDay, todayIn } from './parse/dates';
export { defaultMainMenu } from './parse/menu';
export { normaliseForMatching } from './parse/normalise';
export { DEFAULT_TIME_ZONE, parseSms } from './parse/parse';
export type { ParsedSms, ParseSmsOptions, PartOfDay, SmsIntent } from './parse/types';
export { smsIntentValues } from './parse/types';
