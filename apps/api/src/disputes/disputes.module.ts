import { CodeSetsModule } from '../code-sets';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { SettingsModule } from '../settings';
import { DisputeLapseService } from './dispute-lapse.service';
import { DisputeStepsService } from './dispute-steps.service';
import { DisputesController } from './disputes.controller';
import { DisputesReaderService } from './disputes-reader.service';
import { FeedbackService } from './feedback.service';
import { RulingsService } from './rulings.service';

/** Disputes of released findings, the rulings library, the lapse job and the coder's feedback summary. */
@Module({
  imports: [NotificationsModule, SettingsModule, CodeSetsModule],
  controllers: [DisputesController],
  providers: [DisputesReaderService, DisputeStepsService, RulingsService, FeedbackService, DisputeLapseService],
})
export class DisputesModule {}
