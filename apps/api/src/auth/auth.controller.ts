import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  type ChangePasswordRequest,
  type LoginRequest,
  type SessionUser,
} from '@recode/contracts';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { AuthCtx, Ctx, type AuthedContext, type AuthedRequest, type RequestContext } from '../common/request-context';
import { toJsonSchema, ValidBody } from '../common/zod';
import { AuthService } from './auth.service';
import { AllowedBeforePasswordChange, AnyRole, Public } from '../common/roles.decorator';
import { SESSION_COOKIE } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiBody({ schema: toJsonSchema(loginRequestSchema) })
  async login(
    @Ctx() ctx: RequestContext,
    @ValidBody(loginRequestSchema) body: LoginRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionUser> {
    const { user, token, expiresAt } = await this.auth.login(ctx, body);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      expires: expiresAt,
    });
    return user;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(
    @Ctx() ctx: RequestContext,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(ctx, req.sessionTokenHash);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @AnyRole()
  @AllowedBeforePasswordChange()
  me(@AuthCtx() ctx: AuthedContext): SessionUser {
    return ctx.user;
  }

  @Post('password')
  @AnyRole()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiBody({ schema: toJsonSchema(changePasswordRequestSchema) })
  changePassword(
    @AuthCtx() ctx: AuthedContext,
    @Req() req: AuthedRequest,
    @ValidBody(changePasswordRequestSchema) body: ChangePasswordRequest,
  ): Promise<void> {
    return this.auth.changePassword(ctx, req.sessionTokenHash, body);
  }
}
