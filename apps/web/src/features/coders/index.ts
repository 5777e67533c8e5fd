export { useCoders, type CoderListQuery } from './api/use-coders';
