package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node/api"
)

// chromiumPath finds the browser TestDashboard drives.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no chromium on PATH: the dashboard test needs a real browser; `make tools` installs it (apt-get install chromium)")
	return ""
}

// browser starts headless Chromium for the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromiumPath(t)), chromedp.DisableGPU)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root in its sandbox
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// The first Run starts the browser for the life of ctx, so it takes no
	// timeout of its own: a timer cancels ctx if start-up hangs.
	watchdog := time.AfterFunc(30*time.Second, cancel)
	err := chromedp.Do(ctx)
	if !watchdog.Stop() {
		err = fmt.Errorf("no browser after 30s: %w", err)
	}
	if err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// browse runs actions on the page with a deadline.
func browse(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, done := context.WithTimeout(ctx, 30*time.Second)
	defer done()
	if err := chromedp.Do(c, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// dashPage is what the dashboard shows, read from its DOM.
type dashPage struct {
	Conn, Error                     string
	ErrorShown                      bool
	Address, PeerID, Contract       string
	Tasks, OpenTasks, ClearingWei   string
	Peers                           map[string]string
	TasksEmptyShown, DetailShown    bool
	Marker                          bool
	TaskRows                        []dashTask
	Detail                          dashTask
	Segments                        []dashSegment
	Provers                         []dashProver
	Events                          []dashEvent
	EventText                       []string
	DetailState, DetailReceipt      string
	DetailTx, DetailRequester       string
	DetailAttestations, DetailPrice string
	// The pictures: the network, the prices, the task's timeline.
	NetSelf, NetNodes int
	NetProvers        []struct{ Prover, Online string }
	PricePoints       []string
	Clearing          string
	Bars              []struct{ Segment, Phase string }
}

type dashTask struct{ ID, State, Proven, Total, Receipt, Tx, PriceWei string }

type dashSegment struct{ Index, State, Prover, PriceWei, Bids, ProvenAfter string }

type dashProver struct{ Address, Proven, Failed, Invalid, Banned string }

type dashEvent struct{ Kind, Task, State string }

// readPageJS collects dashPage from the DOM, through the same attributes
// and text a reader sees.
const readPageJS = `(() => {
  const $ = (s, e) => (e || document).querySelector(s);
  const all = (s, e) => [...(e || document).querySelectorAll(s)];
  const text = (s, e) => { const x = $(s, e); return x ? x.textContent : ''; };
  const attr = (s, a, e) => { const x = $(s, e); return x ? (x.getAttribute(a) || '') : ''; };
  const peers = {};
  for (const r of all('#node-peers tbody tr')) peers[r.getAttribute('data-topic')] = text('.count', r);
  return {
    Conn: $('#conn').getAttribute('data-state'), Error: text('#error'), ErrorShown: !$('#error').hidden,
    Address: text('#node-address'), PeerID: text('#node-peer-id'), Contract: text('#node-contract'),
    Tasks: text('#node-tasks'), OpenTasks: text('#node-open-tasks'), ClearingWei: attr('#node-clearing', 'data-wei'),
    Peers: peers, TasksEmptyShown: !$('#tasks-empty').hidden, DetailShown: !$('#task-detail').hidden,
    Marker: window.dashboardTestMarker === 1,
    TaskRows: all('#tasks tbody tr').map((r) => ({ID: r.getAttribute('data-task-id'), State: r.getAttribute('data-state'),
      Proven: attr('.segments', 'data-proven', r), Total: attr('.segments', 'data-total', r),
      Receipt: attr('.receipt', 'data-value', r), Tx: attr('.tx', 'data-value', r), PriceWei: attr('.price', 'data-wei', r)})),
    Detail: {ID: attr('#task-detail', 'data-task-id') , State: attr('#task-detail', 'data-state')},
    DetailState: text('#detail-state'), DetailReceipt: text('#detail-receipt'), DetailTx: text('#detail-tx'),
    DetailRequester: text('#detail-requester'), DetailAttestations: text('#detail-attestations'), DetailPrice: text('#detail-price'),
    Segments: all('#segments tbody tr').map((r) => ({Index: r.getAttribute('data-index'), State: r.getAttribute('data-state'),
      Prover: attr('.prover', 'data-value', r), PriceWei: attr('.price', 'data-wei', r), Bids: text('.bids', r),
      ProvenAfter: text('.proven-after', r)})),
    Provers: all('#provers tbody tr').map((r) => ({Address: r.getAttribute('data-prover'), Proven: text('.proven', r),
      Failed: text('.failed', r), Invalid: text('.invalid', r), Banned: r.getAttribute('data-banned')})),
    Events: all('#events li').map((li) => ({Kind: li.getAttribute('data-kind') || '', Task: li.getAttribute('data-task-id') || '',
      State: li.getAttribute('data-state') || ''})),
    EventText: all('#events li').map((li) => li.textContent),
    NetSelf: all('#network-view [data-role="self"]').length, NetNodes: all('#network-view [data-role="node"]').length,
    NetProvers: all('#network-view [data-role="prover"]').map((g) => ({Prover: g.getAttribute('data-prover'), Online: g.getAttribute('data-online')})),
    PricePoints: all('#price-chart [data-award]').map((c) => c.getAttribute('data-award')),
    Clearing: attr('#price-chart [data-clearing]', 'data-clearing'),
    Bars: all('#task-timeline g[data-phase]').map((g) => ({Segment: g.getAttribute('data-segment'), Phase: g.getAttribute('data-phase')})),
  };
})()`

func readPage(t *testing.T, ctx context.Context) dashPage {
	t.Helper()
	c, done := context.WithTimeout(ctx, 30*time.Second)
	defer done()
	p, err := chromedp.Run(c, chromedp.Evaluate[dashPage](readPageJS))
	if err != nil {
		t.Fatalf("reading the dashboard: %v", err)
	}
	return p
}

// waitPage polls the page until cond holds, failing with what it last showed.
func waitPage(t *testing.T, ctx context.Context, what string, limit time.Duration, cond func(dashPage) bool) dashPage {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		p := readPage(t, ctx)
		if cond(p) {
			return p
		}
		if time.Now().After(deadline) {
			b, _ := json.MarshalIndent(p, "", " ")
			t.Fatalf("the dashboard never showed %s; it shows:\n%s", what, b)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// fetch reads path raw, checking its status and content type.
func fetch(t *testing.T, method, url string, wantCode int, wantType string) (http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != wantCode || !strings.HasPrefix(resp.Header.Get("Content-Type"), wantType) {
		t.Fatalf("%s %s: %d %q, want %d %q: %.200s", method, url, resp.StatusCode, resp.Header.Get("Content-Type"), wantCode, wantType, b)
	}
	return resp.Header, string(b)
}

// TestDashboard opens the dashboard in headless Chromium before a task
// exists, proves the Iris task through the node, and checks that the page
// showed it live (no reload) down to its segments and prover; then that it
// shows a dropped stream and reconnects.
func TestDashboard(t *testing.T) {
	ctx := browser(t) // first, so that a missing browser fails at once
	n := startNet(t)
	cfg := api.DefaultConfig()
	svc, err := api.New(n.node, cfg, n.logger("api"))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	base := svc.Addr()
	url := "http://" + base

	// The page and its assets; the JSON API keeps its 404s and 405s.
	h, body := fetch(t, "GET", url+"/", 200, "text/html")
	if !strings.Contains(body, `<script src="/ui/app.js"`) || !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Fatalf("index: %s\n%v", body, h)
	}
	fetch(t, "HEAD", url+"/", 200, "text/html")
	fetch(t, "GET", url+"/ui/app.js", 200, "text/javascript")
	fetch(t, "GET", url+"/ui/style.css", 200, "text/css")
	for _, p := range []string{"/ui/nope.js", "/ui/", "/ui/a/b", "/favicon.ico", "/v1/nope", "/index.html"} {
		if _, b := fetch(t, "GET", url+p, 404, "application/json"); !strings.Contains(b, "no route") {
			t.Fatalf("GET %s: %s", p, b)
		}
	}
	fetch(t, "POST", url+"/", 405, "application/json")
	fetch(t, "DELETE", url+"/ui/app.js", 405, "application/json")
	etag := h.Get("ETag")
	req, _ := http.NewRequest("GET", url+"/", nil)
	req.Header.Set("If-None-Match", etag)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusNotModified {
		t.Fatalf("conditional GET with etag %q: %v %v", etag, resp, err)
	} else {
		resp.Body.Close()
	}

	n.addProver()
	eventually(t, "the prover on the segments topic", func() bool { return n.node.Peers()["segments"] >= 1 })

	// Before any task: the node, no tasks, a live stream.
	browse(t, ctx, "opening the dashboard", chromedp.Navigate(url+"/"))
	info, err := n.node.Status()
	if err != nil {
		t.Fatal(err)
	}
	p := waitPage(t, ctx, "the node with no tasks", 30*time.Second, func(p dashPage) bool {
		return p.Conn == "connected" && p.Address != "" && p.Peers["segments"] != ""
	})
	if p.Address != info.Address || p.PeerID != info.PeerID || p.Contract != n.Contract.Hex() ||
		p.Tasks != "0" || p.OpenTasks != "0" || p.ClearingWei != n.node.Clearing().String() ||
		len(p.TaskRows) != 0 || !p.TasksEmptyShown || p.DetailShown || p.ErrorShown {
		t.Fatalf("dashboard before any task: %+v", p)
	}
	if c, err := strconv.Atoi(p.Peers["segments"]); err != nil || c < 1 {
		t.Fatalf("segments peers %q", p.Peers["segments"])
	}
	// Marks this page load: a reload would drop it.
	browse(t, ctx, "marking the page", chromedp.Evaluate[chromedp.Void](`window.dashboardTestMarker = 1`))

	// The task, proven while the page watches.
	type result struct {
		res *requester.Result
		err error
	}
	proved := make(chan result, 1)
	go func() {
		pctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		res, err := n.requester().Prove(pctx, n.input, nil)
		proved <- result{res, err}
	}()
	p = waitPage(t, ctx, "the new task", 60*time.Second, func(p dashPage) bool { return len(p.TaskRows) == 1 })
	t.Logf("the task appeared as %s", p.TaskRows[0].State)
	r := <-proved
	if r.err != nil {
		t.Fatal(r.err)
	}
	res := r.res
	taskHex := res.TaskID.Hex()
	nseg := len(res.Receipt.Segments)

	p = waitPage(t, ctx, "the fulfilled task with its segments and prover", 60*time.Second, func(p dashPage) bool {
		return len(p.TaskRows) == 1 && p.TaskRows[0].State == "fulfilled" && p.Detail.State == "fulfilled" &&
			len(p.Segments) == nseg && len(p.Provers) == 1 && p.Provers[0].Proven == strconv.Itoa(nseg) && p.Tasks == "1"
	})
	// The node records a task's state and fulfil tx together, so the API
	// now says what the page should.
	var tv api.TaskView
	get(t, base, "/v1/tasks/"+taskHex, 200, &tv)
	row := p.TaskRows[0]
	if !p.Marker || p.Conn != "connected" || p.ErrorShown {
		t.Fatalf("the page reloaded or lost its stream: %+v", p)
	}
	if row.ID != taskHex || row.Proven != strconv.Itoa(nseg) || row.Total != strconv.Itoa(nseg) ||
		row.Receipt != res.ReceiptCID.String() || row.Tx != tv.FulfilTx || row.Tx == "" || row.PriceWei != tv.Price {
		t.Fatalf("task row %+v, want %s with %d segments, receipt %s, tx %s, price %s", row, taskHex, nseg, res.ReceiptCID, tv.FulfilTx, tv.Price)
	}
	if p.Detail.ID != taskHex || p.DetailState != "fulfilled" || p.DetailReceipt != tv.ReceiptCID || p.DetailTx != tv.FulfilTx ||
		p.DetailRequester != tv.Requester || p.DetailAttestations != strconv.Itoa(tv.Attestations) || p.DetailPrice == "" ||
		p.Tasks != "1" || p.OpenTasks != "0" {
		t.Fatalf("task detail %+v", p)
	}
	for i, s := range p.Segments {
		want := tv.Segments[i]
		bids, err := strconv.Atoi(s.Bids)
		if s.Index != strconv.Itoa(i) || s.State != "proven" || s.Prover != n.prover.Hex() || want.Award == nil ||
			s.PriceWei != want.Award.Price || err != nil || bids != want.Bids || bids < 1 || s.ProvenAfter == "" {
			t.Fatalf("segment %d shows %+v, want %+v", i, s, want)
		}
	}
	if pr := p.Provers[0]; pr.Address != n.prover.Hex() || pr.Failed != "0" || pr.Invalid != "0" || pr.Banned != "false" {
		t.Fatalf("prover %+v", pr)
	}
	// The pictures: this node and its prover online; a price point per
	// award and the clearing price; each segment auctioned and proven.
	p = waitPage(t, ctx, "the pictures", 30*time.Second, func(p dashPage) bool {
		return len(p.NetProvers) == 1 && p.NetProvers[0].Prover == n.prover.Hex() && len(p.PricePoints) == nseg
	})
	if p.NetSelf != 1 || p.NetNodes != 0 || p.NetProvers[0].Online != "true" || p.Clearing != n.node.Clearing().String() {
		t.Fatalf("network view and price chart: %+v", p)
	}
	phases := map[string]int{}
	for _, b := range p.Bars {
		phases[b.Phase]++
	}
	if phases["auction"] != nseg || phases["proven"] != nseg || len(p.Bars) != 2*nseg {
		t.Fatalf("task timeline: %+v", p.Bars)
	}
	for i, pt := range p.PricePoints {
		if !strings.HasPrefix(pt, taskHex+"/") {
			t.Fatalf("price point %d: %s", i, pt)
		}
	}
	// The event log got the task's transitions over the stream, in order
	// (the log is newest first), and every segment's proof.
	var states []string
	proven := 0
	for i := len(p.Events) - 1; i >= 0; i-- {
		e := p.Events[i]
		switch {
		case e.Kind == "task" && e.Task == taskHex:
			states = append(states, e.State)
		case e.Kind == "segment" && e.Task == taskHex && e.State == "proven":
			proven++
		case e.Kind == "stream", e.Kind == "task", e.Kind == "segment", e.Kind == "attestation":
			if e.Kind != "stream" && e.Task != taskHex {
				t.Fatalf("event for another task: %+v", e)
			}
		default:
			t.Fatalf("event log entry %+v", e)
		}
	}
	if got := strings.Join(states, ","); (got != "published,executing,proving,attesting,submitting,fulfilled" && got != "published,executing,proving,submitting,fulfilled") || proven != nseg {
		t.Fatalf("event log shows task states %s and %d proofs for %d segments:\n%s", got, proven, nseg, strings.Join(p.EventText, "\n"))
	}

	// A task the node does not hold: the page says so and keeps the rest.
	browse(t, ctx, "asking for an unknown task", chromedp.Evaluate[chromedp.Void](`location.hash = 'task=0x`+strings.Repeat("ab", 32)+`'`))
	p = waitPage(t, ctx, "the unknown task's error", 30*time.Second, func(p dashPage) bool { return p.ErrorShown })
	if !strings.Contains(p.Error, "no task") || p.DetailShown || len(p.TaskRows) != 1 {
		t.Fatalf("unknown task: %+v", p)
	}
	browse(t, ctx, "clicking the task", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#tasks tr[data-task-id="%s"] button`, taskHex))))
	p = waitPage(t, ctx, "the clicked task", 30*time.Second, func(p dashPage) bool { return !p.ErrorShown && p.Detail.ID == taskHex })

	// The stream drops when the service goes: the page says it is
	// disconnected, then reconnects to a new service on the same address.
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	waitPage(t, ctx, "the dropped stream", 30*time.Second, func(p dashPage) bool { return p.Conn == "disconnected" })
	cfg.Addr = base
	svc2, err := api.New(n.node, cfg, n.logger("api2"))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc2.Close() })
	p = waitPage(t, ctx, "the stream back", 60*time.Second, func(p dashPage) bool { return p.Conn == "connected" && !p.ErrorShown })
	if !p.Marker || len(p.TaskRows) != 1 || p.TaskRows[0].State != "fulfilled" {
		t.Fatalf("after reconnecting: %+v", p)
	}
}
