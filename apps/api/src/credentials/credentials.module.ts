import { Module } from '@nestjs/common';
import { LoginThrottle } from './login-throttle';

/** Password hashing and policy, the sign-in throttle and session revocation: shared by auth and users, depending on neither. */
@Module({ providers: [LoginThrottle], exports: [LoginThrottle] })
export class CredentialsModule {}
