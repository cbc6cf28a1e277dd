package api_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/api"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

const irisDir = "../../prover/tree/testdata/smartcore-iris/"

// net is the smallest real network (node/nodetest): the embedded chain,
// one node, one prover; a requester proves the Iris task through it.
type net struct {
	*nodetest.Network
	t      testing.TB
	input  []byte
	node   *node.Node
	prover common.Address
}

func (n *net) logger(who string) *slog.Logger { return n.Logger(who) }

func startNet(t testing.TB) *net {
	t.Helper()
	n := &net{Network: nodetest.New(t), t: t}
	m, err := tree.LoadModel(irisDir + "tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	in, err := tree.LoadInputs(irisDir+"iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	if n.input, err = task.NewDtree(m, in, 32); err != nil {
		t.Fatal(err)
	}
	tk, err := task.Open(n.input, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	n.Trust(tk.Dtree.Shape)
	n.AddNodes(1, nil)
	n.node = n.Nodes[0]
	return n
}

func (n *net) addProver() {
	n.AddProvers(1, nil)
	n.prover = common.Address(n.Provers[0].Engine().Address())
}

func (n *net) requester() *requester.Client { return n.Requester(nodetest.KeyRequester, nil) }

// eventually polls cond until it holds or a generous deadline passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// get fetches path and decodes its JSON body into v (when v is not nil).
func get(t *testing.T, base, path string, wantCode int, v any) {
	t.Helper()
	do(t, http.MethodGet, base, path, wantCode, v)
}

func do(t *testing.T, method, base, path string, wantCode int, v any) {
	t.Helper()
	req, err := http.NewRequest(method, "http://"+base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != wantCode {
		t.Fatalf("%s %s: status %d, want %d: %s", method, path, resp.StatusCode, wantCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); path != "/metrics" && ct != "application/json" {
		t.Fatalf("%s %s: content type %q", method, path, ct)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, body)
		}
	}
}

// wantError checks a JSON error answer.
func wantError(t *testing.T, method, base, path string, code int, contains string) {
	t.Helper()
	var e struct{ Error string }
	do(t, method, base, path, code, &e)
	if !strings.Contains(e.Error, contains) {
		t.Fatalf("%s %s: error %q does not say %q", method, path, e.Error, contains)
	}
}

// sseMsg is one server-sent message; Comment is set for comment lines.
type sseMsg struct {
	Event   string
	Data    string
	Comment string
}

// openStream opens /v1/events and relays its messages until the body ends.
func openStream(t *testing.T, ctx context.Context, base, query string) <-chan sseMsg {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+base+"/v1/events"+query, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	out := make(chan sseMsg, 1024)
	go func() {
		defer close(out)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		var m sseMsg
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if m.Event != "" {
					out <- m
				}
				m = sseMsg{}
			case strings.HasPrefix(line, ":"):
				out <- sseMsg{Comment: strings.TrimSpace(line[1:])}
			case strings.HasPrefix(line, "event: "):
				m.Event = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				m.Data = line[len("data: "):]
			}
		}
	}()
	return out
}

// apiGoroutines counts goroutines running this package's code.
func apiGoroutines() int {
	buf := make([]byte, 8<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n := 0
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "aoraki/node/api.(") {
			n++
		}
	}
	return n
}

// scrape reads /metrics as name{labels} → value.
func scrape(t *testing.T, base string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("metrics: status %d", resp.StatusCode)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

func TestConfigValidate(t *testing.T) {
	if err := api.DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(*api.Config){
		"no port":         func(c *api.Config) { c.Addr = "127.0.0.1" },
		"empty addr":      func(c *api.Config) { c.Addr = "" },
		"zero header":     func(c *api.Config) { c.ReadHeaderTimeout = 0 },
		"negative write":  func(c *api.Config) { c.WriteTimeout = -time.Second },
		"zero heartbeat":  func(c *api.Config) { c.Heartbeat = 0 },
		"zero shutdown":   func(c *api.Config) { c.ShutdownTimeout = 0 },
		"no streams":      func(c *api.Config) { c.MaxEventStreams = 0 },
		"no awards":       func(c *api.Config) { c.RecentAwards = 0 },
		"too many awards": func(c *api.Config) { c.RecentAwards = 1e6 },
	} {
		cfg := api.DefaultConfig()
		edit(&cfg)
		if err := cfg.Validate(); !errors.Is(err, api.ErrConfig) {
			t.Errorf("%s: %v, want ErrConfig", name, err)
		}
	}
	if _, err := api.New(nil, api.DefaultConfig(), nil); !errors.Is(err, api.ErrConfig) {
		t.Errorf("nil node: %v, want ErrConfig", err)
	}
}

// TestAPI serves a real node's API on loopback while it proves the Iris
// task, and checks every route, the event stream and the metrics.
func TestAPI(t *testing.T) {
	n := startNet(t)
	cfg := api.DefaultConfig()
	cfg.Heartbeat = 50 * time.Millisecond
	// Shorter than the task, so the stream must outlive both.
	cfg.ReadTimeout, cfg.WriteTimeout = time.Second, 2*time.Second
	svc, err := api.New(n.node, cfg, n.logger("api"))
	if err != nil {
		t.Fatal(err)
	}
	if svc.Addr() != "" {
		t.Fatalf("addr %q before start", svc.Addr())
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if err := svc.Start(context.Background()); !errors.Is(err, api.ErrStarted) {
		t.Fatalf("second start: %v", err)
	}
	base := svc.Addr()
	if !strings.HasPrefix(base, "127.0.0.1:") || strings.HasSuffix(base, ":0") {
		t.Fatalf("bound addr %q", base)
	}
	// A second service on the same node has its own registry and a cap
	// of one event stream.
	cfg2 := cfg
	cfg2.MaxEventStreams = 1
	svc2, err := api.New(n.node, cfg2, n.logger("api2"))
	if err != nil {
		t.Fatalf("second service on one process: %v", err)
	}
	if err := svc2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc2.Close() })

	n.addProver()
	eventually(t, "the prover on the segments topic", func() bool { return n.node.Peers()["segments"] >= 1 })

	// Before any task.
	var st api.StatusView
	get(t, base, "/v1/status", 200, &st)
	info, err := n.node.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.Address != n.node.Address().Hex() || st.PeerID != n.node.PeerInfo().ID.String() || st.Contract != n.Contract.Hex() ||
		len(st.ListenAddrs) == 0 || st.Network != nodetest.NetworkName || st.DeployBlock != n.Block || st.OpenTasks != 0 || st.Tasks != 0 ||
		st.Peers["segments"] < 1 || st.ClearingPrice != n.node.Clearing().String() || info.Address != n.node.Address().Hex() {
		t.Fatalf("status %+v", st)
	}
	var tasks []api.TaskView
	get(t, base, "/v1/tasks", 200, &tasks)
	if len(tasks) != 0 {
		t.Fatalf("tasks before any: %+v", tasks)
	}
	zero := "0x" + strings.Repeat("00", 32)
	wantError(t, "GET", base, "/v1/tasks/"+zero, 404, "no task")
	wantError(t, "GET", base, "/v1/tasks/0x1234", 400, "32 bytes")
	wantError(t, "GET", base, "/v1/tasks/"+strings.Repeat("zz", 32), 400, "invalid byte")
	wantError(t, "GET", base, "/v1/tasks?state=sleeping", 400, "unknown task state")
	for _, l := range []string{"0", "-1", "1001", "ten", ""} {
		wantError(t, "GET", base, "/v1/tasks?limit="+l, 400, "want 1 to 1000")
	}
	wantError(t, "GET", base, "/v1/events?kind=task,gossip", 400, "unknown event kind")
	wantError(t, "POST", base, "/v1/tasks", 405, "not allowed")
	wantError(t, "DELETE", base, "/v1/tasks/"+zero, 405, "not allowed")
	wantError(t, "GET", base, "/v2/anything", 404, "no route")
	var prices api.PricesView
	get(t, base, "/v1/prices", 200, &prices)
	if prices.ClearingPrice != n.node.Clearing().String() || len(prices.RecentAwards) != 0 {
		t.Fatalf("prices before any task: %+v", prices)
	}

	// The network before any bid: this node, no other, the prover online
	// on the segments topic but not yet named by a bid.
	var nw api.NetworkView
	get(t, base, "/v1/network", 200, &nw)
	if nw.Self.Address != n.node.Address().Hex() || nw.Self.PeerID != info.PeerID || len(nw.Nodes) != 0 ||
		len(nw.Provers) != 1 || !nw.Provers[0].Online || nw.Provers[0].Address != "" || nw.Provers[0].PeerID == "" {
		t.Fatalf("network before any bid: %+v", nw)
	}
	wantError(t, "POST", base, "/v1/network", 405, "not allowed")

	// The live stream, then the task.
	// Each service runs its server, event counting, bid counting and
	// bidder following.
	baseline := apiGoroutines()
	if baseline != 8 {
		t.Fatalf("%d api goroutines with no stream open, want 8", baseline)
	}
	streamCtx, endStream := context.WithCancel(context.Background())
	defer endStream()
	stream := openStream(t, streamCtx, base, "")
	// The capped service refuses a second stream.
	capCtx, endCap := context.WithCancel(context.Background())
	defer endCap()
	openStream(t, capCtx, svc2.Addr(), "?kind=task")
	wantError(t, "GET", svc2.Addr(), "/v1/events", 503, "too many event streams")
	endCap()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := n.requester().Prove(ctx, n.input, nil)
	if err != nil {
		t.Fatal(err)
	}
	taskHex := res.TaskID.Hex()

	// The stream saw the task through: every segment state, the task's
	// states in order, heartbeats between.
	seen := map[string]int{}
	var taskStates []string
	heartbeats := 0
	attestEvents := 0
	timeout := time.After(60 * time.Second)
	for done := false; !done; {
		select {
		case m, ok := <-stream:
			if !ok {
				t.Fatal("stream ended early")
			}
			if m.Comment != "" {
				if m.Comment == "heartbeat" {
					heartbeats++
				}
				continue
			}
			var ev events.Event
			if err := json.Unmarshal([]byte(m.Data), &ev); err != nil {
				t.Fatalf("event data %q: %v", m.Data, err)
			}
			if string(ev.Kind) != m.Event || ev.At.IsZero() {
				t.Fatalf("event %q carries %+v", m.Event, ev)
			}
			if ev.TaskID().Hex() != taskHex || !strings.Contains(m.Data, `"task":"`+taskHex+`"`) {
				t.Fatalf("event for task %v, want %s: %s", ev.TaskID(), taskHex, m.Data)
			}
			var state string
			switch d := ev.Data.(type) {
			case *events.Task:
				state = d.State
			case *events.Segment:
				state = d.State
			}
			switch ev.Kind {
			case "task":
				taskStates = append(taskStates, state)
				done = state == "fulfilled"
			case "segment":
				seen[state]++
			case "attestation":
				attestEvents++
			}
		case <-timeout:
			t.Fatalf("no fulfilled event; saw tasks %v, segments %v", taskStates, seen)
		}
	}
	// In the machine's order; a one-node verifier set may skip attesting.
	if got := strings.Join(taskStates, ","); got != "published,executing,proving,attesting,submitting,fulfilled" && got != "published,executing,proving,submitting,fulfilled" {
		t.Fatalf("task events %s", got)
	}
	nseg := len(res.Receipt.Segments)
	if seen["announced"] < nseg || seen["awarded"] < nseg || seen["proven"] != nseg || heartbeats == 0 {
		t.Fatalf("segment events %v for %d segments, %d heartbeats", seen, nseg, heartbeats)
	}

	// The task with its segments (a peer's attestation is an event; the
	// node's own signature is not).
	var tv api.TaskView
	get(t, base, "/v1/tasks/"+taskHex, 200, &tv)
	get(t, base, "/v1/tasks/"+strings.TrimPrefix(taskHex, "0x"), 200, nil) // 0x optional
	if tv.ID != taskHex || tv.State != "fulfilled" || tv.SegmentCount != nseg || tv.SegmentsProven != nseg ||
		len(tv.Segments) != nseg || tv.FulfilTx == "" || tv.ReceiptCID != res.ReceiptCID.String() ||
		tv.Price != res.Price.String() || tv.Requester != crypto.PubkeyToAddress(devchain.DevKey(9).PublicKey).Hex() ||
		tv.Attestations < 1 || tv.Attestations < attestEvents || len(tv.Payouts) == 0 || tv.Created.IsZero() || len(tv.Predictions) != len(res.Journal.Predictions) {
		t.Fatalf("task %+v", tv)
	}
	for i, s := range tv.Segments {
		if s.Index != i || s.State != "proven" || s.Attempt < 1 || s.Bids < 1 || s.Award == nil || s.Constraints == 0 ||
			s.Award.Prover != n.prover.Hex() || s.ProvenAt.IsZero() || s.AnnouncedAt.IsZero() || s.Award.Deadline.IsZero() {
			t.Fatalf("segment %d: %+v", i, s)
		}
		price, ok := new(big.Int).SetString(s.Award.Price, 10)
		cap, ok2 := new(big.Int).SetString(s.PriceCap, 10)
		if !ok || !ok2 || price.Sign() <= 0 || price.Cmp(cap) > 0 {
			t.Fatalf("segment %d: award price %q, cap %q", i, s.Award.Price, s.PriceCap)
		}
	}
	for q, want := range map[string]int{"": 1, "?state=fulfilled": 1, "?state=proving": 0, "?state=failed": 0, "?limit=1": 1} {
		get(t, base, "/v1/tasks"+q, 200, &tasks)
		if len(tasks) != want || (want == 1 && (tasks[0].ID != taskHex || tasks[0].Segments != nil)) {
			t.Fatalf("tasks%s: %+v", q, tasks)
		}
	}
	get(t, base, "/v1/status", 200, &st)
	if st.Tasks != 1 || st.OpenTasks != 0 {
		t.Fatalf("status after the task: %+v", st)
	}

	var provers []api.ProverView
	get(t, base, "/v1/provers", 200, &provers)
	if len(provers) != 1 || provers[0].Address != n.prover.Hex() || provers[0].Proven != nseg || provers[0].Invalid != 0 ||
		provers[0].Banned {
		t.Fatalf("provers %+v", provers)
	}

	// The network after it: the prover, named by its bids, online, with
	// its capacity, record and earnings here (the fulfil's payouts).
	get(t, base, "/v1/network", 200, &nw)
	get(t, base, "/v1/tasks/"+taskHex, 200, &tv)
	earned := new(big.Int)
	for _, po := range tv.Payouts {
		if po.To == n.prover.Hex() {
			v, _ := new(big.Int).SetString(po.Amount, 10)
			earned.Add(earned, v)
		}
	}
	if len(nw.Provers) != 1 {
		t.Fatalf("network after the task: %+v", nw)
	}
	if p := nw.Provers[0]; p.Address != n.prover.Hex() || !p.Online || p.PeerID == "" || p.Capacity < 1 || p.Proven != nseg ||
		p.Failed != 0 || p.Invalid != 0 || p.Banned || p.LastBid.IsZero() || earned.Sign() <= 0 || p.Earned != earned.String() {
		t.Fatalf("prover in the network view %+v, earned %s", p, earned)
	}

	get(t, base, "/v1/prices", 200, &prices)
	if prices.ClearingPrice != n.node.Clearing().String() || len(prices.RecentAwards) != nseg {
		t.Fatalf("prices %+v", prices)
	}
	for i, a := range prices.RecentAwards {
		if a.Task != taskHex || a.Prover != n.prover.Hex() || !a.Proven || a.Constraints == 0 ||
			(i > 0 && a.At.After(prices.RecentAwards[i-1].At)) {
			t.Fatalf("award %d: %+v", i, a)
		}
		p, _ := new(big.Int).SetString(a.Price, 10)
		per := new(big.Int).Quo(new(big.Int).Mul(p, big.NewInt(1e6)), new(big.Int).SetUint64(a.Constraints))
		if a.PricePerMCons != per.String() {
			t.Fatalf("award %d: per million %s, want %s", i, a.PricePerMCons, per)
		}
	}

	// Metrics: the fulfil gas is read from the chain after the event.
	var met map[string]float64
	eventually(t, "the fulfil gas in the metrics", func() bool {
		met = scrape(t, base)
		return met["aoraki_node_fulfil_gas_count"] == 1
	})
	clearing, _ := new(big.Float).SetString(prices.ClearingPrice)
	wantClearing, _ := clearing.Float64()
	for name, ok := range map[string]func(float64) bool{
		`aoraki_node_tasks{state="fulfilled"}`:                  func(v float64) bool { return v == 1 },
		`aoraki_node_tasks{state="proving"}`:                    func(v float64) bool { return v == 0 },
		`aoraki_node_open_segments{state="proven"}`:             func(v float64) bool { return v == 0 },
		`aoraki_node_open_segments{state="awarded"}`:            func(v float64) bool { return v == 0 },
		`aoraki_node_segments_proven_total`:                     func(v float64) bool { return v == float64(nseg) },
		`aoraki_node_invalid_receipts_total`:                    func(v float64) bool { return v == 0 },
		`aoraki_node_missed_deadlines_total`:                    func(v float64) bool { return v == 0 },
		`aoraki_node_bids_received_total`:                       func(v float64) bool { return v >= float64(nseg) },
		`aoraki_node_awards_total`:                              func(v float64) bool { return v == float64(seen["awarded"]) },
		`aoraki_node_attestations_total`:                        func(v float64) bool { return v == float64(tv.Attestations) },
		`aoraki_node_task_transitions_total{state="fulfilled"}`: func(v float64) bool { return v == 1 },
		`aoraki_node_fulfil_gas_sum`:                            func(v float64) bool { return v > 21000 && v < 30e6 },
		`aoraki_node_fulfil_gas_lookup_failures_total`:          func(v float64) bool { return v == 0 },
		`aoraki_node_gossip_peers{topic="segments"}`:            func(v float64) bool { return v >= 1 },
		`aoraki_node_clearing_price_wei_per_mconstraint`:        func(v float64) bool { return v == wantClearing && v > 0 },
		`aoraki_node_api_event_streams`:                         func(v float64) bool { return v == 1 },
		`go_goroutines`:                                         func(v float64) bool { return v > 0 },
	} {
		v, present := met[name]
		if !present || !ok(v) {
			t.Errorf("metric %s = %v (present %v)", name, v, present)
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	// Disconnecting ends the stream's goroutine and subscription.
	eventually(t, "one stream's goroutine", func() bool { return apiGoroutines() == baseline+1 })
	endStream()
	for range stream {
	}
	eventually(t, "the stream's goroutine to end", func() bool { return apiGoroutines() == baseline })
	if v := scrape(t, base)["aoraki_node_api_event_streams"]; v != 0 {
		t.Fatalf("%v streams open after disconnect", v)
	}

	// A stream open when the node closes ends with an end event.
	last := openStream(t, context.Background(), base, "?kind=task")
	for m := range last {
		if m.Comment == "heartbeat" {
			break
		}
	}
	n.node.Close()
	var end sseMsg
	for m := range last {
		if m.Event != "" {
			end = m
		}
	}
	if end.Event != "end" || !strings.Contains(end.Data, "node closed") {
		t.Fatalf("last message %+v", end)
	}

	// Close stops every goroutine, twice is safe, and the port is free.
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	if err := svc2.Close(); err != nil {
		t.Fatal(err)
	}
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	if got := apiGoroutines(); got != 0 {
		t.Fatalf("%d api goroutines after close", got)
	}
	if _, err := http.Get("http://" + base + "/v1/status"); err == nil {
		t.Fatal("served after close")
	}
	if err := svc.Start(context.Background()); !errors.Is(err, api.ErrClosed) {
		t.Fatalf("start after close: %v", err)
	}
}
