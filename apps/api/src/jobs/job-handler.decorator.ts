import { SetMetadata } from '@nestjs/common';
import type { JobName } from '@recode/contracts';

export const JOB_HANDLER_KEY = 'recode:job-handler';

/** Marks a provider method as the one handler of a job name from @recode/contracts. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER_KEY, name);
