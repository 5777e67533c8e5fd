import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  notificationListQuerySchema,
  type NotificationDto,
  type NotificationListDto,
  type NotificationListQuery,
} from '@recode/contracts';
import { AnyRole } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, ValidQuery } from '../common/zod';
import { NotificationsService } from './notifications.service';

/** The signed-in user's own notifications; nobody reads another's. */
@ApiTags('notifications')
@Controller('notifications')
@AnyRole()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(notificationListQuerySchema) query: NotificationListQuery,
  ): Promise<NotificationListDto> {
    return this.notifications.list(ctx, query);
  }

  @Post('read-all')
  @HttpCode(200)
  markAllRead(@AuthCtx() ctx: AuthedContext): Promise<{ updated: number }> {
    return this.notifications.markAllRead(ctx);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<NotificationDto> {
    return this.notifications.markRead(ctx, id);
  }
}
