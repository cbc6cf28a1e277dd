package web_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"io"
	"log/slog"
	"math/big"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/chain/requester/web"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/roguenode"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

const irisDir = "../../../examples/iris/"

// env is a dev chain with the contract deployed, and the tests' log.
type env struct {
	t        *testing.T
	chain    *devchain.Chain
	eth      *ethclient.Client
	contract common.Address
	block    uint64
	setup    *setup.Store
	log      *syncBuffer
	model    *tree.Model
	samples  [][]float64
}

// syncBuffer is the tests' log: every logger (the requester's, the web
// service's, the rogue nodes') writes it, each from its own handler.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, log: new(syncBuffer)}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("log:\n%s", e.log.String())
		}
	})
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	e.chain = c
	if e.eth, err = c.Client(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.eth.Close)
	m, err := txmgr.New(ctx, e.eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	m.Close()
	if err != nil {
		t.Fatal(err)
	}
	e.contract, e.block = res.Address, res.Block
	if e.setup, err = setup.Open(setup.DefaultDir(), nil); err != nil {
		t.Fatal(err)
	}
	if e.model, err = tree.LoadModel(irisDir + "tree_model.msgpack"); err != nil {
		t.Fatal(err)
	}
	if e.samples, err = tree.LoadInputs(irisDir+"iris_input_data.csv", e.model.NumFeatures); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) logger(name string) *slog.Logger {
	return slog.New(slog.NewTextHandler(e.log, &slog.HandlerOptions{Level: slog.LevelDebug})).With("who", name)
}

// rogue starts a node (honest unless lie says otherwise) with dev key key.
func (e *env) rogue(key int, lie roguenode.Lie) *roguenode.Node {
	e.t.Helper()
	cfg := roguenode.Config{Network: "wtest", DataDir: filepath.Join(e.t.TempDir(), "rogue"), Contract: e.contract, DeployBlock: e.block,
		Key: devchain.DevKey(key), Stake: big.NewInt(1e18), Setup: e.setup, Price: big.NewInt(1e12), Lie: lie}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := roguenode.Start(ctx, cfg, e.eth, e.logger(fmt.Sprintf("rogue%d", key)))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { n.Close() })
	return n
}

// requester is a client of the given node addresses, knowing the
// families of 8 and 64 samples a segment.
func (e *env) requester(key int, nodes []string) *requester.Client {
	e.t.Helper()
	cfg := requester.DefaultConfig("wtest", filepath.Join(e.t.TempDir(), "requester"))
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Contract, cfg.DeployBlock = e.contract, e.block
	cfg.Lookup, cfg.Poll, cfg.Nodes = 300*time.Millisecond, 50*time.Millisecond, nodes
	cfg.Artifacts = map[string]setup.Manifest{}
	for _, seg := range []int{8, 64} {
		p, err := dtree.Open(e.model, seg, programs.Bases{})
		if err != nil {
			e.t.Fatal(err)
		}
		a, err := e.setup.Ensure(p.Shape)
		if err != nil {
			e.t.Fatal(err)
		}
		cfg.Artifacts[a.Manifest.Family] = a.Manifest
	}
	r, err := requester.New(cfg, e.eth, devchain.DevKey(key), e.logger("requester"))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { r.Close() })
	return r
}

// service starts the service on a free loopback port; it returns its base URL.
func (e *env) service(req web.Requester, dir string, edit func(*web.Config)) (*web.Service, string) {
	e.t.Helper()
	cfg := web.DefaultConfig(dir)
	cfg.Addr, cfg.Payer, cfg.DevKey, cfg.Network = "127.0.0.1:0", devchain.DevAddress(9).Hex(), 9, "wtest"
	if edit != nil {
		edit(&cfg)
	}
	s, err := web.New(req, cfg, e.logger("web"))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { s.Close() })
	return s, "http://" + s.Addr()
}

// csv writes samples as CSV with a header.
func csv(x [][]float64) []byte {
	var b bytes.Buffer
	b.WriteString("sepal.length,sepal.width,petal.length,petal.width\n")
	for _, row := range x {
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// eight are 8 Iris samples of all three classes.
func (e *env) eight() [][]float64 {
	x := make([][]float64, 8)
	for i := range x {
		x[i] = e.samples[i*19]
	}
	return x
}

func (e *env) modelFile() []byte {
	b, err := os.ReadFile(irisDir + "tree_model.msgpack")
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// part is a file (name set) or a field of a form.
type part struct{ name, file, value string }

func formBody(parts ...part) (*bytes.Buffer, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, p := range parts {
		if p.file != "" {
			w, _ := mw.CreateFormFile(p.name, p.file)
			w.Write([]byte(p.value))
		} else {
			mw.WriteField(p.name, p.value)
		}
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

// call sends a request and decodes a JSON answer into out (if not nil),
// failing unless the status is want.
func call(t *testing.T, method, url string, body io.Reader, ctype string, want int, out any) []byte {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
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
	if resp.StatusCode != want {
		t.Fatalf("%s %s: %d, want %d: %s", method, url, resp.StatusCode, want, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, url, err, b)
		}
	}
	return b
}

func post(t *testing.T, url string, want int, out any, parts ...part) []byte {
	t.Helper()
	b, ct := formBody(parts...)
	return call(t, "POST", url, b, ct, want, out)
}

// apiError is the service's error body.
type apiError struct {
	Error      string `json:"error"`
	Code       string `json:"code"`
	ID         string `json:"id"`
	File       string `json:"file"`
	Row        int    `json:"row"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	ColumnName string `json:"column_name"`
}

// events reads a task's event stream to its end, returning each snapshot.
func events(t *testing.T, base, id string, limit time.Duration) []web.Task {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/v1/tasks/"+id+"/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var out []web.Task
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	event := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: ") && event == "task":
			var tk web.Task
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &tk); err != nil {
				t.Fatal(err)
			}
			out = append(out, tk)
		case strings.HasPrefix(line, "data: ") && event == "end":
			return out
		}
	}
	t.Fatalf("the event stream of %s ended without an end event (%v); last: %+v", id, sc.Err(), out)
	return nil
}

// TestServeProvesAndKeepsTasks proves two tasks through the JSON API (an
// upload and the shipped example) against a real chain and node, follows
// them on their event streams, checks the verified predictions and the
// downloaded receipt, and finds both again after a restart.
func TestServeProvesAndKeepsTasks(t *testing.T) {
	e := startEnv(t)
	node := e.rogue(1, roguenode.Honest)
	req := e.requester(9, node.Addrs())
	dir := t.TempDir()
	svc, base := e.service(req, dir, nil)

	// The page, its assets and the documents.
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") ||
		!bytes.Contains(page, []byte(`<script src="/ui/app.js"`)) {
		t.Fatalf("page: %s\n%v", page, resp.Header)
	}
	for _, p := range []string{"/ui/app.js", "/ui/style.css"} {
		call(t, "GET", base+p, nil, "", 200, nil)
	}
	if spec := call(t, "GET", base+"/v1/openapi.yaml", nil, "", 200, nil); !bytes.Contains(spec, []byte("/v1/tasks/{id}/receipt:")) {
		t.Fatalf("openapi: %.200s", spec)
	}
	var info web.Info
	call(t, "GET", base+"/v1/info", nil, "", 200, &info)
	if info.Payer != devchain.DevAddress(9).Hex() || info.DevKey == nil || *info.DevKey != 9 || len(info.Warnings) != 1 {
		t.Fatalf("info %+v", info)
	}
	var exs []web.Example
	call(t, "GET", base+"/v1/examples", nil, "", 200, &exs)
	if len(exs) != 1 || exs[0].Name != "iris" || len(exs[0].ClassLabels) != 3 {
		t.Fatalf("examples %+v", exs)
	}

	eight := e.eight()
	upload := []part{{name: "model", file: "tree_model.msgpack", value: string(e.modelFile())},
		{name: "input", file: "eight.csv", value: string(csv(eight))}, {name: "segment_size", value: "8"}}
	var qs web.Quotes
	post(t, base+"/v1/quotes", 200, &qs, upload...)
	if qs.Samples != 8 || qs.Features != 4 || qs.Best != 0 || len(qs.Quotes) != 1 || qs.Quotes[0].Price != "1000000000000" ||
		qs.Quotes[0].Node != node.Address().Hex() || qs.Quotes[0].Deadline.IsZero() {
		t.Fatalf("quotes %+v", qs)
	}

	var sub web.Submitted
	post(t, base+"/v1/tasks", 201, &sub, append(upload, part{name: "max_price", value: "1000000000000"})...)
	if sub.TaskID == "" || sub.State != web.StateProving || sub.Task.PricePaid != "1000000000000" {
		t.Fatalf("submitted %+v", sub)
	}
	snaps := events(t, base, sub.ID, 2*time.Minute)
	last := snaps[len(snaps)-1]
	want := e.model.PredictAll(eight)
	if last.State != web.StateVerified || !last.Verified || !slices.Equal(last.Predictions, want) || last.ReceiptCID == "" ||
		last.FulfilTx == "" || last.Quorum != 1 || len(last.Quotes) != 1 || last.TaskID != sub.TaskID || last.Error != "" {
		t.Fatalf("final %+v, want predictions %v", last, want)
	}
	for _, s := range snaps[:len(snaps)-1] {
		if s.Verified || s.Predictions != nil {
			t.Fatalf("a result shown before it verified: %+v", s)
		}
	}
	var got web.Task
	call(t, "GET", base+"/v1/tasks/"+sub.ID, nil, "", 200, &got)
	if !got.Verified || !slices.Equal(got.Predictions, want) || got.ElapsedSecs <= 0 || len(got.Provers) != 1 {
		t.Fatalf("task %+v", got)
	}
	checkReceipt(t, base, sub.ID, e, eight, 8, want)

	// The shipped example, 150 samples in segments of 64: its labels and
	// known predictions come with it.
	post(t, base+"/v1/tasks", 201, &sub, part{name: "example", value: "iris"}, part{name: "segment_size", value: "64"})
	snaps = events(t, base, sub.ID, 3*time.Minute)
	iris := snaps[len(snaps)-1]
	expected := e.model.PredictAll(e.samples)
	if !iris.Verified || !slices.Equal(iris.Predictions, expected) || !slices.Equal(iris.Expected, expected) ||
		iris.Labels[0] != "setosa" || iris.Labels[149] != "virginica" || iris.Example != "iris" || iris.Samples != 150 {
		t.Fatalf("example %+v", iris)
	}

	var list []web.TaskSummary
	call(t, "GET", base+"/v1/tasks", nil, "", 200, &list)
	if len(list) != 2 || list[0].ID != sub.ID || !list[0].Verified || !list[1].Verified {
		t.Fatalf("list %+v", list)
	}
	call(t, "GET", base+"/v1/tasks?limit=1", nil, "", 200, &list)
	if len(list) != 1 {
		t.Fatalf("limit 1: %+v", list)
	}

	// A restart on the same data dir keeps both, with their receipts.
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	_, base = e.service(req, dir, nil)
	call(t, "GET", base+"/v1/tasks", nil, "", 200, &list)
	if len(list) != 2 || !list[0].Verified || !list[1].Verified || list[1].ID != got.ID {
		t.Fatalf("after a restart: %+v", list)
	}
	checkReceipt(t, base, got.ID, e, eight, 8, want)
	snaps = events(t, base, got.ID, 10*time.Second)
	if len(snaps) != 1 || !slices.Equal(snaps[0].Predictions, want) {
		t.Fatalf("events of a finished task: %+v", snaps)
	}
}

// checkReceipt downloads a task's receipt and verifies it as `zkpool
// verify` does: its CID, and that it proves these predictions of this
// model on these samples.
func checkReceipt(t *testing.T, base, id string, e *env, x [][]float64, seg int, want []int) {
	t.Helper()
	var rf struct {
		Family      string `json:"family"`
		Predictions []int  `json:"predictions"`
		ReceiptCID  string `json:"receipt_cid"`
		Receipt     string `json:"receipt"`
	}
	call(t, "GET", base+"/v1/tasks/"+id+"/receipt", nil, "", 200, &rf)
	enc, err := base64.StdEncoding.DecodeString(rf.Receipt)
	if err != nil {
		t.Fatal(err)
	}
	if cids.Of(enc).String() != rf.ReceiptCID || !slices.Equal(rf.Predictions, want) {
		t.Fatalf("receipt file %s: CID %s, predictions %v", rf.ReceiptCID, cids.Of(enc), rf.Predictions)
	}
	var c receipt.CompositeReceipt
	if err := c.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	in, err := task.NewDtree(e.model, x, seg)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Open(in, programs.Bases{Store: e.setup})
	if err != nil {
		t.Fatal(err)
	}
	exp, err := tk.Expect(task.Journal{Predictions: want})
	if err != nil {
		t.Fatal(err)
	}
	exp.Task = c.Task
	a, err := e.setup.Ensure(tk.Dtree.Shape)
	if err != nil {
		t.Fatal(err)
	}
	if rf.Family != a.Manifest.Family {
		t.Fatalf("family %s, want %s", rf.Family, a.Manifest.Family)
	}
	if err := c.Verify(vkeys{a.Manifest.Family: a.VK}, exp); err != nil {
		t.Fatalf("the downloaded receipt does not verify: %v", err)
	}
}

// vkeys are verifying keys by family (receipt.Keys).
type vkeys map[string]groth16.VerifyingKey

func (k vkeys) VerifyingKey(family string) (groth16.VerifyingKey, error) {
	vk, ok := k[family]
	if !ok {
		return nil, fmt.Errorf("no key for %s", family)
	}
	return vk, nil
}
