/** The current route, kept in step with `location.hash`. One instance for the app. */
import { parseRoute, type Route } from './routes';

class Router {
  route: Route = $state(parseRoute(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(location.hash);
      navigation.count += 1;
    });
  }
}

/** How many in-app navigations happened; the first screen does not steal focus. */
export const navigation = $state({ count: 0 });

export const router = new Router();
