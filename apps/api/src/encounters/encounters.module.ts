import { Module } from '@nestjs/common';
import { CodeSetsModule } from '../code-sets';
import { EncountersController } from './encounters.controller';
import { EncountersService } from './encounters.service';

@Module({ imports: [CodeSetsModule], controllers: [EncountersController], providers: [EncountersService] })
export class EncountersModule {}
