import { Module } from '@nestjs/common';
import { CodeSetsModule } from '../code-sets';
import { SettingsModule } from '../settings';
import { GrouperController } from './grouper.controller';
import { GrouperService } from './grouper.service';

@Module({
  imports: [CodeSetsModule, SettingsModule],
  controllers: [GrouperController],
  providers: [GrouperService],
  exports: [GrouperService],
})
export class GrouperModule {}
