import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CredentialsModule } from '../credentials';
import { UsersModule } from '../users';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionGuard } from './session.guard';
import { SessionMaintenance } from './session-maintenance';
import { SessionService } from './session.service';

@Module({
  imports: [UsersModule, CredentialsModule],
  controllers: [AuthController],
  providers: [AuthService, SessionService, SessionMaintenance, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [SessionService],
})
export class AuthModule {}
