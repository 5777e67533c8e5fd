import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials';
import { CodersController } from './coders.controller';
import { CodersService } from './coders.service';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';
import { UserDirectory } from './user-directory';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [CredentialsModule],
  controllers: [UsersController, TeamsController, CodersController],
  providers: [UsersService, TeamsService, CodersService, UserDirectory],
  exports: [UserDirectory, CodersService],
})
export class UsersModule {}
