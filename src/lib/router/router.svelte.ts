/** The current route, kept in step with `location.hash`. One instance for the app. */
import { parseRoute, type Route } from './routes';

class Router {
  // Raw: a route is replaced whole on every hash change, never edited in place.
  route: Route = $state.raw(parseRoute(location.hash));
  /** How many in-app navigations happened; the first screen does not steal focus. */
  navigations = $state(0);

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(location.hash);
      this.navigations += 1;
    });
  }
}

export const router = new Router();
