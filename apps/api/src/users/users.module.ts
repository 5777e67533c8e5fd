import { Module } from '@nestjs/common';
import { LoginThrottle } from '../auth/login-throttle';
import { CodersController } from './coders.controller';
import { CodersService } from './coders.service';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';
import { UserDirectory } from './user-directory';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController, TeamsController, CodersController],
  providers: [UsersService, TeamsService, CodersService, UserDirectory, LoginThrottle],
  exports: [UserDirectory, LoginThrottle, CodersService],
})
export class UsersModule {}
