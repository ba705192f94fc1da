# bench/login-flood's client: a logged-in clerk's page timed one request at a time, quiet and then while FLOODERS
# clients post wrong logins without pause, each from a random address (X-Forwarded-For, the server trusting its proxy)
# and a random username, with the form's view state and script nonce as a browser sends them.
#   python3 bench/lib/login-flood.py BASE_URL PAGE FLOODERS SECONDS REQUESTS
# Prints "quiet" and "flood" lines (median, p95, max in ms) and the flood's answers by status.
import collections, http.cookiejar, math, random, re, statistics, sys, threading, time
import urllib.error, urllib.parse, urllib.request

base, page = sys.argv[1], sys.argv[2]
flooders, seconds, requests = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])


class SecureOverLoopback(http.cookiejar.DefaultCookiePolicy):
    """With a trusted proxy the session cookie is Secure; here plain http on loopback stands for the proxy's https."""
    def return_ok_secure(self, cookie, request):
        return True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def browser():
    jar = http.cookiejar.CookieJar(SecureOverLoopback())
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def call(opener, path, data=None, headers=None):
    request = urllib.request.Request(base + path, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=120) as answer:
            return answer.status, answer.read().decode(), answer.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), error.headers


def login(opener, username, password, headers=None):
    _, body, answer_headers = call(opener, "/login.xhtml", headers=headers)
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', body).group(1)
    nonce = re.search(r"'nonce-([^']*)'", " ".join(answer_headers.get_all("Content-Security-Policy") or [])).group(1)
    form = {"login": "login", "primefaces.nonce": nonce, "login:username": username, "login:password": password,
            "login:submit": "", "jakarta.faces.ViewState": view_state}
    return call(opener, "/login.xhtml", urllib.parse.urlencode(form).encode(), headers)[0]


clerk = browser()
if login(clerk, "clerk", "Demo-Evidence-2026") != 302:
    sys.exit("The clerk could not log in")


def timed(count):
    times = []
    for _ in range(count):
        start = time.perf_counter()
        status = call(clerk, page)[0]
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            sys.exit("GET %s answered %d" % (page, status))
    times.sort()
    p95 = times[math.ceil(len(times) * 0.95) - 1]
    return "median %.0f ms, p95 %.0f ms, max %.0f ms" % (statistics.median(times), p95, times[-1])


timed(20)
print("quiet: " + timed(requests))
stop = time.time() + seconds
answers = collections.Counter()
lock = threading.Lock()


def flood():
    while time.time() < stop:
        address = "10.%d.%d.%d" % (random.randrange(256), random.randrange(256), random.randrange(1, 255))
        try:
            status = login(browser(), "flood%06d" % random.randrange(10 ** 6), "not-the-password", {"X-Forwarded-For": address})
        except Exception:  # a reset connection, a timeout, a page without its form: counted, and the flooder goes on
            status = "error"
        with lock:
            answers[status] += 1


threads = [threading.Thread(target=flood) for _ in range(flooders)]
for thread in threads:
    thread.start()
time.sleep(5)
during_flood = timed(requests)
if time.time() > stop:
    sys.exit("The flood ended before the page was timed %d times: give it more --seconds" % requests)
print("flood: " + during_flood)
for thread in threads:
    thread.join()
print("answers: " + ", ".join("%d x %s" % (count, status) for status, count in sorted(answers.items(), key=str)) + " in %d s" % seconds)
