package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds the browser the page tests drive (`make tools`
// installs Debian's chromium).
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no chromium on PATH: the requester page test needs a real browser; `make tools` installs it (apt-get install chromium)")
	return ""
}

// browser starts headless Chromium for the test, with a window wide
// enough for the page's timeline.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromiumPath(t)), chromedp.DisableGPU,
		chromedp.WindowSize(1400, 1000))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root in its sandbox
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
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

func browse(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, done := context.WithTimeout(ctx, 30*time.Second)
	defer done()
	if err := chromedp.Do(c, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// artifactDir is where a test keeps what it leaves for people to look at
// (screenshots): $ZKPOOL_TEST_ARTIFACTS, else zkpool-test-artifacts in the
// system's temporary directory. It survives the test.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ZKPOOL_TEST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "zkpool-test-artifacts")
	}
	dir = filepath.Join(dir, t.Name())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// screenshot keeps a picture of the page as a test artifact.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	c, done := context.WithTimeout(ctx, 30*time.Second)
	defer done()
	png, err := chromedp.Run(c, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	p := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot kept: %s (%d bytes)", p, len(png))
}

var buildOthers sync.Once

// testnetUp starts a multi-process testnet (the real zkpool-node and
// zkpool-peer, built next to the zkpool under test) and stops it when the
// test ends.
func testnetUp(t *testing.T, args ...string) (dir, networkFile, dashboard string) {
	t.Helper()
	var buildErr error
	buildOthers.Do(func() {
		out, err := exec.Command("go", "build", "-o", filepath.Dir(bin)+"/", "../zkpool-node", "../zkpool-peer").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("%v: %s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	dir = t.TempDir()
	t.Cleanup(func() {
		if t.Failed() {
			for _, n := range []string{"node1", "node2", "prover1", "prover2"} {
				out, _, _ := zkpool(t, "testnet", "logs", n, "--dir", dir, "--lines", "30")
				t.Logf("%s log (tail):\n%s", n, out)
			}
		}
		zkpool(t, "testnet", "down", "--dir", dir)
	})
	out, errOut, code := zkpool(t, append([]string{"testnet", "up", "--dir", dir, "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("testnet up: exit %d\n%s\n%s", code, out, errOut)
	}
	var st struct {
		NetworkFile string `json:"network_file"`
		Dashboard   string `json:"dashboard"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("testnet up --json: %v\n%s", err, out)
	}
	return dir, st.NetworkFile, st.Dashboard
}

// serve runs `zkpool serve` as a process until the test ends (or stop is
// called) and returns the page's base URL.
func serve(t *testing.T, args ...string) (base string, stop func()) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Dir = "../.."
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cmd.Process.Signal(syscall.SIGTERM)
			if err := cmd.Wait(); err != nil {
				t.Errorf("zkpool serve: %v\n%s", err, errOut.String())
			}
		})
	}
	t.Cleanup(func() {
		stop()
		if t.Failed() {
			t.Logf("zkpool serve's log:\n%s", errOut.String())
		}
	})
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	timeout := time.After(3 * time.Minute)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("zkpool serve ended before serving:\n%s", errOut.String())
			}
			if u, ok := strings.CutPrefix(l, "requester page: "); ok {
				go func() {
					for range lines {
					}
				}()
				return strings.TrimSuffix(u, "/"), stop
			}
		case <-timeout:
			t.Fatalf("zkpool serve printed no address:\n%s", errOut.String())
		}
	}
}

// expectedIris is smartcore's prediction for each Iris sample.
func expectedIris(t *testing.T) []int {
	t.Helper()
	b, err := os.ReadFile("../../examples/iris/expected_predictions.csv")
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, f := range strings.FieldsFunc(string(b), func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// servePage is what the requester page shows, read from its DOM.
type servePage struct {
	Ready, ErrorShown, WarningShown      bool
	Error, ErrorCode, ErrorRow, ErrorCol string
	ErrorFile, Warning, Payer            string
	Quotes                               []struct{ Node, Price, Best, Error string }
	MaxPrice                             string
	TaskID, TaskState, ChainID, Price    string
	Stages                               map[string]string
	Bars                                 []struct{ Segment, Attempt, Phase string }
	Markers                              []string
	Segments                             []struct{ Index, Prover, Bids string }
	ResultShown                          bool
	Predictions                          []int
	Labels                               []string
	Expected, ReceiptHref                string
	Tasks                                []struct{ ID, State string }
	TrainResult, QuotesTask              string
}

const readServePageJS = `(() => {
  const $ = (s, e) => (e || document).querySelector(s);
  const all = (s, e) => [...(e || document).querySelectorAll(s)];
  const attr = (s, a, e) => { const x = $(s, e); return x ? (x.getAttribute(a) || '') : ''; };
  const stages = {};
  for (const li of all('#stages li')) stages[li.getAttribute('data-stage')] = li.getAttribute('data-done') || '';
  return {
    Ready: document.body.getAttribute('data-ready') === 'true',
    ErrorShown: !$('#error').hidden, Error: $('#error').textContent, ErrorCode: attr('#error', 'data-code'),
    ErrorRow: attr('#error', 'data-row'), ErrorCol: attr('#error', 'data-column'), ErrorFile: attr('#error', 'data-file'),
    WarningShown: !$('#devkey-warning').hidden, Warning: $('#devkey-warning').textContent, Payer: $('#payer').textContent,
    Quotes: all('#quotes tbody tr').map((r) => ({Node: r.getAttribute('data-node') || '', Price: r.getAttribute('data-price') || '',
      Best: r.getAttribute('data-best') || '', Error: r.getAttribute('data-error') || ''})),
    MaxPrice: $('#max-price').value,
    TaskID: attr('#task-section', 'data-task-id'), TaskState: attr('#task-section', 'data-state'),
    ChainID: $('#task-chain-id').textContent, Price: attr('#task-price', 'data-wei'), Stages: stages,
    Bars: all('#timeline g[data-phase]').map((g) => ({Segment: g.getAttribute('data-segment'), Attempt: g.getAttribute('data-attempt'),
      Phase: g.getAttribute('data-phase')})),
    Markers: all('#timeline [data-marker]').map((m) => m.getAttribute('data-marker')),
    Segments: all('#segments tbody tr').map((r) => ({Index: r.getAttribute('data-index'), Prover: r.getAttribute('data-prover'),
      Bids: $('.bids', r).textContent})),
    ResultShown: !$('#result').hidden,
    Predictions: all('#predictions tbody tr').map((r) => Number(r.getAttribute('data-class'))),
    Labels: all('#predictions tbody tr .label').map((c) => c.textContent),
    Expected: attr('#result-expected', 'data-match'), ReceiptHref: attr('#receipt-link', 'href'),
    Tasks: all('#tasks tbody tr').map((r) => ({ID: r.getAttribute('data-task-id'), State: r.getAttribute('data-state')})),
    TrainResult: $('#train-result').hidden ? '' : $('#train-result').textContent, QuotesTask: $('#quotes-task').textContent,
  };
})()`

func readServePage(t *testing.T, ctx context.Context) servePage {
	t.Helper()
	c, done := context.WithTimeout(ctx, 30*time.Second)
	defer done()
	p, err := chromedp.Run(c, chromedp.Evaluate[servePage](readServePageJS))
	if err != nil {
		t.Fatalf("reading the page: %v", err)
	}
	return p
}

func waitServePage(t *testing.T, ctx context.Context, what string, limit time.Duration, cond func(servePage) bool) servePage {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		p := readServePage(t, ctx)
		if cond(p) {
			return p
		}
		if time.Now().After(deadline) {
			b, _ := json.MarshalIndent(p, "", " ")
			screenshot(t, ctx, "failed.png")
			t.Fatalf("the page never showed %s; it shows:\n%s", what, b)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestServeInBrowser is the browser requester's path, on a real network
// of separate processes: `zkpool serve` in front of a testnet, the page
// in headless Chromium. A bad upload names its row and column; the Iris
// model and samples are uploaded, quoted, paid for, and proven while the
// page draws the segment timeline, until it shows the verified
// predictions, equal to smartcore's. The same task goes through the JSON
// API; its receipt verifies with `zkpool verify`; both tasks are listed
// again after the service restarts. Screenshots are kept.
func TestServeInBrowser(t *testing.T) {
	ctx := browser(t) // first, so that a missing browser fails at once
	dir, networkFile, dashboard := testnetUp(t, "--nodes", "2", "--provers", "2")
	webDir := filepath.Join(dir, "web")
	base, stop := serve(t, "--network", networkFile, "--dev-key", "9", "--datadir", webDir)
	repo, _ := filepath.Abs("../..")
	model := filepath.Join(repo, irisModel)
	input := filepath.Join(repo, irisInput)
	want := expectedIris(t)

	browse(t, ctx, "opening the page", chromedp.Navigate(base+"/"))
	p := waitServePage(t, ctx, "the page ready", 30*time.Second, func(p servePage) bool { return p.Ready })
	if !p.WarningShown || !strings.Contains(p.Warning, "public development key 9") || p.Payer == "" || p.ErrorShown {
		t.Fatalf("the page does not say plainly that it pays from a dev key: %+v", p)
	}

	// A bad upload: the page names the file, row and column.
	bad, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	spoilt := filepath.Join(t.TempDir(), "spoilt.csv")
	lines := strings.Split(string(bad), "\n")
	lines[5] = strings.Replace(lines[5], ",", ",x", 1) // row 5, column 2
	if err := os.WriteFile(spoilt, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	browse(t, ctx, "choosing a bad upload", chromedp.Click(chromedp.CSS(`input[name="source"][value="upload"]`)),
		chromedp.SetUploadFiles(chromedp.CSS(`#model-file`), []string{model}),
		chromedp.SetUploadFiles(chromedp.CSS(`#input-file`), []string{spoilt}),
		chromedp.Click(chromedp.CSS(`#quote-button`)))
	p = waitServePage(t, ctx, "the bad upload's error", 30*time.Second, func(p servePage) bool { return p.ErrorShown })
	if p.ErrorCode != "bad_upload" || p.ErrorFile != "spoilt.csv" || p.ErrorRow != "5" || p.ErrorCol != "2" ||
		!strings.Contains(p.Error, "row 5") || !strings.Contains(p.Error, "column 2") {
		t.Fatalf("bad upload shown as %+v", p)
	}
	screenshot(t, ctx, "bad-upload.png")

	// A model trained on the page from a labelled CSV, then quoted on the
	// Iris samples (nothing paid).
	browse(t, ctx, "training a model", chromedp.Click(chromedp.CSS(`input[name="source"][value="train"]`)),
		chromedp.SetUploadFiles(chromedp.CSS(`#train-file`), []string{filepath.Join(repo, "prover/tree/testdata/iris.csv")}),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('train-label').value = 'species'`),
		chromedp.Click(chromedp.CSS(`#train-button`)))
	p = waitServePage(t, ctx, "the trained model", 60*time.Second, func(p servePage) bool { return p.TrainResult != "" || p.ErrorShown })
	if !strings.Contains(p.TrainResult, "Trained on 150 samples") || !strings.Contains(p.TrainResult, "setosa, versicolor, virginica") {
		t.Fatalf("training: %+v", p)
	}
	browse(t, ctx, "quoting the trained model", chromedp.SetUploadFiles(chromedp.CSS(`#train-input-file`), []string{input}),
		chromedp.Click(chromedp.CSS(`#quote-button`)))
	p = waitServePage(t, ctx, "quotes for the trained model", 2*time.Minute, func(p servePage) bool {
		return strings.HasPrefix(p.QuotesTask, "trained-model.json") || p.ErrorShown
	})
	if len(p.Quotes) != 2 || p.ErrorShown || !strings.Contains(p.QuotesTask, "150 samples") {
		t.Fatalf("quotes for the trained model: %+v", p)
	}
	browse(t, ctx, "back to uploads", chromedp.Click(chromedp.CSS(`input[name="source"][value="upload"]`)))

	// The Iris model and samples: quotes from both nodes, then payment.
	browse(t, ctx, "choosing the Iris files", chromedp.SetUploadFiles(chromedp.CSS(`#input-file`), []string{input}),
		chromedp.Click(chromedp.CSS(`#quote-button`)))
	p = waitServePage(t, ctx, "two quotes", 2*time.Minute, func(p servePage) bool {
		return len(p.Quotes) == 2 && !p.ErrorShown && strings.HasPrefix(p.QuotesTask, "tree_model.msgpack")
	})
	best := ""
	for _, q := range p.Quotes {
		if q.Error != "" || q.Node == "" || q.Price == "" {
			t.Fatalf("quote %+v", q)
		}
		if q.Best == "true" {
			best = q.Price
		}
	}
	if best == "" || p.MaxPrice != best {
		t.Fatalf("the cheapest quote %q is not the maximum price offered (%q): %+v", best, p.MaxPrice, p.Quotes)
	}
	browse(t, ctx, "paying", chromedp.Click(chromedp.CSS(`#pay-button`)))
	p = waitServePage(t, ctx, "the verified predictions", 4*time.Minute, func(p servePage) bool { return p.ResultShown || p.TaskState == "failed" })
	if p.TaskState != "verified" || !slices.Equal(p.Predictions, want) || p.ChainID == "" || p.Price == "" || p.ReceiptHref == "" {
		t.Fatalf("result: %+v", p)
	}
	for stage, done := range p.Stages {
		if done != "true" {
			t.Errorf("stage %s not done: %+v", stage, p.Stages)
		}
	}
	// The timeline: every segment announced, auctioned, awarded and proven.
	segs := map[string]bool{}
	phases := map[string]int{}
	for _, b := range p.Bars {
		segs[b.Segment] = true
		phases[b.Phase]++
	}
	won := map[string]bool{}
	for _, s := range p.Segments {
		if s.Bids == "0" {
			t.Fatalf("an attempt without bids in the table: %+v", p.Segments)
		}
		if s.Prover != "" {
			won[s.Index] = true
		}
	}
	if len(segs) < 2 || len(won) != len(segs) || phases["auction"] < len(segs) || phases["proven"] != len(segs) ||
		!slices.Contains(p.Markers, "paid") || !slices.Contains(p.Markers, "attested") || !slices.Contains(p.Markers, "fulfilled") {
		t.Fatalf("timeline: %d segments, bars %v, markers %v, table %+v", len(segs), phases, p.Markers, p.Segments)
	}
	screenshot(t, ctx, "verified.png")
	t.Logf("the page proved Iris in %d segments; task %s", len(segs), p.TaskID)

	// The node's dashboard draws the network and the same task.
	browse(t, ctx, "opening node1's dashboard", chromedp.Navigate(dashboard+"#task="+p.ChainID))
	waitDashboard(t, ctx, p.ChainID, len(segs))
	screenshot(t, ctx, "node-dashboard.png")

	// The same task through the JSON API, by an HTTP client.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for field, path := range map[string]string{"model": model, "input": input} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := mw.CreateFormFile(field, filepath.Base(path))
		w.Write(b)
	}
	mw.WriteField("max_price", best)
	mw.Close()
	resp, err := http.Post(base+"/v1/tasks", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	var sub struct {
		ID string `json:"id"`
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 201 || json.Unmarshal(b, &sub) != nil || sub.ID == "" {
		t.Fatalf("POST /v1/tasks: %d %s", resp.StatusCode, b)
	}
	var task struct {
		State       string `json:"state"`
		Verified    bool   `json:"verified"`
		Predictions []int  `json:"predictions"`
		Error       string `json:"error"`
	}
	deadline := time.Now().Add(4 * time.Minute)
	for !task.Verified && task.State != "failed" && time.Now().Before(deadline) {
		time.Sleep(250 * time.Millisecond)
		r, err := http.Get(base + "/v1/tasks/" + sub.ID)
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(r.Body).Decode(&task)
		r.Body.Close()
	}
	if !task.Verified || !slices.Equal(task.Predictions, want) {
		t.Fatalf("API task: %+v", task)
	}
	r, err := http.Get(base + "/v1/tasks/" + sub.ID + "/receipt")
	if err != nil {
		t.Fatal(err)
	}
	rb, _ := io.ReadAll(r.Body)
	r.Body.Close()
	rf := filepath.Join(t.TempDir(), "api.receipt.json")
	if err := os.WriteFile(rf, rb, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := zkpool(t, "verify", "--model", irisModel, "--input", irisInput, rf); code != 0 {
		t.Fatalf("zkpool verify of the downloaded receipt: exit %d\n%s\n%s", code, out, errOut)
	}

	// A restart keeps both tasks; the page lists them.
	stop()
	base, _ = serve(t, "--network", networkFile, "--dev-key", "9", "--datadir", webDir)
	browse(t, ctx, "opening the restarted page", chromedp.Navigate(base+"/#task="+p.TaskID))
	p = waitServePage(t, ctx, "both tasks after a restart", 60*time.Second, func(p servePage) bool {
		return p.Ready && len(p.Tasks) == 2 && p.ResultShown
	})
	for _, tk := range p.Tasks {
		if tk.State != "verified" {
			t.Fatalf("after a restart: %+v", p.Tasks)
		}
	}
	if !slices.Equal(p.Predictions, want) || len(p.Bars) == 0 {
		t.Fatalf("the first task after a restart: %+v", p)
	}
}

// waitDashboard waits until node1's dashboard shows the network view,
// the price chart and task id's timeline with its segments.
func waitDashboard(t *testing.T, ctx context.Context, id string, segments int) {
	t.Helper()
	type dash struct {
		Self, Nodes, Provers, Points, Bars int
		Task                               string
	}
	const js = `(() => ({
	  Self: document.querySelectorAll('#network-view [data-role="self"]').length,
	  Nodes: document.querySelectorAll('#network-view [data-role="node"]').length,
	  Provers: document.querySelectorAll('#network-view [data-role="prover"]').length,
	  Points: document.querySelectorAll('#price-chart [data-award]').length,
	  Bars: document.querySelectorAll('#task-timeline g[data-phase="proven"]').length,
	  Task: (document.querySelector('#task-detail') || {getAttribute: () => ''}).getAttribute('data-task-id') || '',
	}))()`
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, done := context.WithTimeout(ctx, 30*time.Second)
		d, err := chromedp.Run(c, chromedp.Evaluate[dash](js))
		done()
		if err != nil {
			t.Fatalf("reading the dashboard: %v", err)
		}
		if d.Self == 1 && d.Nodes == 1 && d.Provers == 2 && d.Points >= segments && d.Bars == segments && strings.EqualFold(d.Task, id) {
			return
		}
		if time.Now().After(deadline) {
			screenshot(t, ctx, "dashboard-failed.png")
			t.Fatalf("the dashboard shows %+v; want itself, the other node, 2 provers, %d price points and proven bars of task %s", d, segments, id)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestServeBadUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"serve"}, 2, "--network FILE is required"},
		{[]string{"serve", "--network", "nope.json"}, 2, "nope.json"},
		{[]string{"serve", "--network", "x.json", "--listen", "nowhere"}, 2, "addr"},
		{[]string{"serve", "--network", "x.json", "--max-tasks", "0"}, 2, "max_tasks"},
		{[]string{"serve", "--help"}, 0, "zkpool serve --network tn/net/network.json --dev-key 9"},
	} {
		out, errOut, code := zkpool(t, c.args...)
		if code != c.code || !strings.Contains(out+errOut, c.says) {
			t.Errorf("zkpool %s: exit %d, want %d saying %q:\n%s%s", strings.Join(c.args, " "), code, c.code, c.says, out, errOut)
		}
	}
}
