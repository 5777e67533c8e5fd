import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ratStatsAttributeRequestSchema,
  ratStatsRandomRequestSchema,
  ratStatsSampleSizeRequestSchema,
  ratStatsStratifiedRequestSchema,
  ratStatsVariableRequestSchema,
  type RatStatsAttributeRequest,
  type RatStatsRandomRequest,
  type RatStatsSampleSizeRequest,
  type RatStatsStratifiedRequest,
  type RatStatsVariableRequest,
} from '@recode/contracts';
import {
  attributeAppraisal,
  RatStatsInputError,
  singleStageRandomNumbers,
  stratifiedAppraisal,
  variableAppraisal,
  variableSampleSize,
  type AttributeAppraisal,
  type RandomNumbersResult,
  type StratifiedAppraisal,
  type VariableAppraisal,
  type VariableSampleSize,
} from '@recode/domain';
import { Roles } from '../../common/roles.decorator';
import { badRequest } from '../../common/errors';
import { ValidBody } from '../../common/zod';

/** A domain rule the schema cannot see (n > N, spares beyond the frame…) as a 400 naming the body field. */
function checked<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof RatStatsInputError)
      throw badRequest('RATSTATS_INPUT_INVALID', `body.${err.message}`, [
        { path: `body.${err.field}`, message: err.message },
      ]);
    throw err;
  }
}

/** RAT-STATS calculations for probe audits and for checking a demand: no stored data, the same functions as the CLI. */
@ApiTags('ratstats')
@Controller('ratstats')
@Roles('admin', 'supervisor')
export class RatStatsController {
  @Post('random')
  @HttpCode(200)
  random(@ValidBody(ratStatsRandomRequestSchema) body: RatStatsRandomRequest): RandomNumbersResult {
    return checked(() => singleStageRandomNumbers(body));
  }

  @Post('attribute')
  @HttpCode(200)
  attribute(@ValidBody(ratStatsAttributeRequestSchema) body: RatStatsAttributeRequest): AttributeAppraisal {
    return checked(() => attributeAppraisal(body));
  }

  @Post('variable')
  @HttpCode(200)
  variable(@ValidBody(ratStatsVariableRequestSchema) body: RatStatsVariableRequest): VariableAppraisal {
    return checked(() => variableAppraisal(body));
  }

  @Post('stratified')
  @HttpCode(200)
  stratified(@ValidBody(ratStatsStratifiedRequestSchema) body: RatStatsStratifiedRequest): StratifiedAppraisal {
    return checked(() => stratifiedAppraisal(body));
  }

  @Post('sample-size')
  @HttpCode(200)
  sampleSize(@ValidBody(ratStatsSampleSizeRequestSchema) body: RatStatsSampleSizeRequest): VariableSampleSize {
    return checked(() => variableSampleSize(body));
  }
}
