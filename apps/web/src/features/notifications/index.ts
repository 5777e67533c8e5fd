// The notifications feature's public surface: the bell the app header shows.
export { NotificationBell } from './components/notification-bell';
