package web_test

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/zkpool/aoraki/chain/requester/web"
	"github.com/zkpool/aoraki/node/roguenode"
)

// TestServeErrors sends every documented error and checks its status, its
// code and its words; none of them disturbs the service, and the only
// ones that leave a task on file are those asked of the network.
func TestServeErrors(t *testing.T) {
	e := startEnv(t)
	node := e.rogue(1, roguenode.Honest)
	req := e.requester(9, node.Addrs())
	_, base := e.service(req, t.TempDir(), func(c *web.Config) { c.MaxUpload = 64 << 10 })

	model := part{name: "model", file: "tree_model.msgpack", value: string(e.modelFile())}
	good := csv(e.eight())
	input := part{name: "input", file: "eight.csv", value: string(good)}
	badCell := bytes.Replace(good, []byte("\n5.7,"), []byte("\n5.7x,"), 1)
	if bytes.Equal(badCell, good) {
		t.Fatal("no cell to spoil")
	}
	wantErr := func(name string, got apiError, code string, words ...string) {
		t.Helper()
		if got.Code != code {
			t.Errorf("%s: code %q, want %q (%s)", name, got.Code, code, got.Error)
		}
		for _, w := range words {
			if !strings.Contains(got.Error, w) {
				t.Errorf("%s: %q lacks %q", name, got.Error, w)
			}
		}
	}
	cases := []struct {
		name   string
		status int
		code   string
		parts  []part
		words  []string
	}{
		{"no files", 400, "bad_upload", nil, []string{"want a model file and an input file"}},
		{"unknown part", 400, "bad_upload", []part{model, input, {name: "price", value: "1"}}, []string{`unknown part "price"`}},
		{"twice", 400, "bad_upload", []part{model, model, input}, []string{`"model" given twice`}},
		{"example and files", 400, "bad_upload", []part{model, input, {name: "example", value: "iris"}}, []string{"not both"}},
		{"unknown example", 400, "bad_upload", []part{{name: "example", value: "mnist"}}, []string{`no example "mnist"`}},
		{"bad max price", 400, "bad_upload", []part{model, input, {name: "max_price", value: "-5"}}, []string{"max_price"}},
		{"bad deadline", 400, "bad_upload", []part{model, input, {name: "deadline", value: "soon"}}, []string{"deadline"}},
		{"deadline too long", 400, "bad_upload", []part{model, input, {name: "deadline", value: "90000"}}, []string{"outside"}},
		{"bad segment size", 400, "bad_upload", []part{model, input, {name: "segment_size", value: "5"}}, []string{"want 0 (the node chooses) or 8 to 4096"}},
		{"not a model", 400, "bad_upload", []part{{name: "model", file: "m.txt", value: "hello"}, input}, []string{"m.txt"}},
		{"field too long", 400, "bad_upload", []part{model, input, {name: "deadline", value: strings.Repeat("9", 2000)}}, []string{"longer than"}},
	}
	for _, c := range cases {
		var got apiError
		post(t, base+"/v1/tasks", c.status, &got, c.parts...)
		wantErr(c.name, got, c.code, c.words...)
	}

	// A bad cell: which file, row and column, on quotes and tasks alike.
	for _, path := range []string{"/v1/quotes", "/v1/tasks"} {
		var got apiError
		post(t, base+path, 400, &got, model, part{name: "input", file: "spoilt.csv", value: string(badCell)})
		if got.Code != "bad_upload" || got.File != "spoilt.csv" || got.Row != 6 || got.Column != 1 || got.ColumnName != "sepal.length" ||
			!strings.Contains(got.Error, `spoilt.csv: row 6 (line 7), column 1 ("sepal.length")`) {
			t.Fatalf("%s, bad cell: %+v", path, got)
		}
	}
	var got apiError
	post(t, base+"/v1/tasks", 400, &got, model, part{name: "input", file: "short.csv", value: "1,2,3,4\n1,2,3\n"})
	if got.Row != 2 || got.Column != 0 || !strings.Contains(got.Error, "3 cells; the model takes 4 features") {
		t.Fatalf("short row: %+v", got)
	}

	// Not a form; too large by its length; too large as read.
	call(t, "POST", base+"/v1/tasks", strings.NewReader(`{"model":1}`), "application/json", 415, &got)
	wantErr("json body", got, "unsupported_media_type")
	big, ct := formBody(model, part{name: "input", file: "big.csv", value: strings.Repeat("1,2,3,4\n", 20000)})
	call(t, "POST", base+"/v1/tasks", big, ct, 413, &got)
	wantErr("declared too large", got, "too_large")
	big, ct = formBody(model, part{name: "input", file: "big.csv", value: strings.Repeat("1,2,3,4\n", 20000)})
	call(t, "POST", base+"/v1/tasks", struct{ *bytes.Buffer }{big}, ct, 413, &got) // no declared length
	wantErr("too large as read", got, "too_large")

	// Training: a labelled CSV, and its errors located.
	iris, err := os.ReadFile("../../../prover/tree/testdata/iris.csv")
	if err != nil {
		t.Fatal(err)
	}
	var tr web.Trained
	post(t, base+"/v1/train", 200, &tr, part{name: "csv", file: "iris.csv", value: string(iris)}, part{name: "label", value: "species"})
	if tr.Samples != 150 || len(tr.Classes) != 3 || tr.Accuracy < 0.95 || tr.Model == nil || len(tr.Features) != 4 {
		t.Fatalf("trained %+v", tr)
	}
	post(t, base+"/v1/train", 400, &got, part{name: "csv", file: "iris.csv", value: string(iris)}, part{name: "label", value: "colour"})
	wantErr("unknown label", got, "bad_upload", `iris.csv: line 1`, `no column named "colour"`)
	post(t, base+"/v1/train", 400, &got, part{name: "label", value: "species"})
	wantErr("no csv", got, "bad_upload", "want a csv file")

	// Routes, methods, ids.
	call(t, "GET", base+"/v1/tasks/"+strings.Repeat("ab", 16), nil, "", 404, &got)
	wantErr("unknown task", got, "not_found", "no task")
	call(t, "GET", base+"/v1/tasks/xyz/receipt", nil, "", 400, &got)
	wantErr("malformed id", got, "bad_request", "32 hex digits")
	call(t, "GET", base+"/v1/tasks/"+strings.Repeat("AB", 16)+"/events", nil, "", 400, &got)
	wantErr("upper-case id", got, "bad_request")
	call(t, "GET", base+"/v1/tasks?limit=0", nil, "", 400, &got)
	wantErr("limit", got, "bad_request", "limit")
	call(t, "GET", base+"/v1/nope", nil, "", 404, &got)
	wantErr("no route", got, "not_found", "no route")
	call(t, "DELETE", base+"/v1/tasks", nil, "", 405, &got)
	wantErr("delete tasks", got, "method_not_allowed")
	call(t, "GET", base+"/v1/quotes", nil, "", 405, &got)
	wantErr("get quotes", got, "method_not_allowed")

	// No quote under the maximum: 422 with the task's id; the task stays
	// listed, failed, and has no receipt.
	post(t, base+"/v1/tasks", 422, &got, model, input, part{name: "max_price", value: "999"}, part{name: "segment_size", value: "8"})
	wantErr("no quote", got, "no_quote", "above the maximum 999")
	if got.ID == "" {
		t.Fatal("no task id with the refusal")
	}
	var tk web.Task
	call(t, "GET", base+"/v1/tasks/"+got.ID, nil, "", 200, &tk)
	if tk.State != web.StateFailed || tk.ErrorKind != web.KindNoQuote || tk.TaskID != "" {
		t.Fatalf("unquoted task %+v", tk)
	}
	call(t, "GET", base+"/v1/tasks/"+got.ID+"/receipt", nil, "", 409, &got)
	wantErr("receipt of a failed task", got, "not_verified")
	var qs web.Quotes
	post(t, base+"/v1/quotes", 200, &qs, model, input, part{name: "max_price", value: "999"}, part{name: "segment_size", value: "8"})
	if qs.Best != -1 || len(qs.Quotes) != 1 || qs.Quotes[0].ErrorKind != "too_dear" {
		t.Fatalf("quotes under 999 wei: %+v", qs)
	}

	// A host the service does not serve (a rebound DNS name) and a POST
	// from another origin are refused before anything is read.
	r, _ := http.NewRequest("GET", base+"/v1/tasks", nil)
	r.Host = "attacker.example:8780"
	resp, err := http.DefaultClient.Do(r)
	if err != nil || resp.StatusCode != 403 {
		t.Fatalf("rebound host: %v %v", resp, err)
	}
	resp.Body.Close()
	for h, v := range map[string]string{"Origin": "http://attacker.example", "Sec-Fetch-Site": "cross-site"} {
		b, ct := formBody(part{name: "example", value: "iris"})
		r, _ := http.NewRequest("POST", base+"/v1/tasks", b)
		r.Header.Set("Content-Type", ct)
		r.Header.Set(h, v)
		resp, err := http.DefaultClient.Do(r)
		if err != nil || resp.StatusCode != 403 {
			t.Fatalf("cross-site POST (%s: %s): %v %v", h, v, resp, err)
		}
		resp.Body.Close()
	}
	var list []web.TaskSummary
	call(t, "GET", base+"/v1/tasks", nil, "", 200, &list)
	if len(list) != 1 {
		t.Fatalf("%d tasks on file; only the unquoted one should be: %+v", len(list), list)
	}

	// An unreachable network: 502, on quotes and tasks, nothing paid.
	dead := e.requester(8, []string{"/ip4/127.0.0.1/tcp/9/p2p/12D3KooWMHBgbAP1YBNgYVmtd1vv3sCKQyoNXhn7peCwxoJrYovz"})
	_, deadBase := e.service(dead, t.TempDir(), nil)
	post(t, deadBase+"/v1/quotes", 502, &got, part{name: "example", value: "iris"})
	wantErr("unreachable, quotes", got, "unreachable", "reached")
	post(t, deadBase+"/v1/tasks", 502, &got, part{name: "example", value: "iris"})
	wantErr("unreachable, task", got, "unreachable", "no node reachable")
	// A service that answers before payment: 202 and the task goes on.
	_, slowBase := e.service(req, t.TempDir(), func(c *web.Config) { c.PayTimeout = time.Millisecond })
	var sub web.Submitted
	post(t, slowBase+"/v1/tasks", 202, &sub, model, input, part{name: "segment_size", value: "8"})
	if sub.State != web.StateQuoting || sub.TaskID != "" {
		t.Fatalf("202: %+v", sub)
	}
	snaps := events(t, slowBase, sub.ID, 2*time.Minute)
	if last := snaps[len(snaps)-1]; !last.Verified {
		t.Fatalf("the task answered 202 ended %+v", last)
	}
}

// TestServeShowsNoUnverifiedResult: a node that fulfils with a lie (a
// tampered receipt, a wrong result, a receipt of other samples) is paid
// on chain, but the page and the API show no predictions and no receipt:
// the task fails, not verified.
func TestServeShowsNoUnverifiedResult(t *testing.T) {
	for _, lie := range []roguenode.Lie{roguenode.TamperedReceipt, roguenode.WrongResult, roguenode.WrongClaim} {
		t.Run(string(lie), func(t *testing.T) {
			e := startEnv(t) // the rogue node alone is the verifier set
			node := e.rogue(1, lie)
			req := e.requester(9, node.Addrs())
			_, base := e.service(req, t.TempDir(), nil)
			var sub web.Submitted
			post(t, base+"/v1/tasks", 201, &sub, part{name: "model", file: "m.msgpack", value: string(e.modelFile())},
				part{name: "input", file: "x.csv", value: string(csv(e.eight()))}, part{name: "segment_size", value: "8"})
			for _, s := range events(t, base, sub.ID, 2*time.Minute) {
				if s.Verified || s.Predictions != nil || s.Labels != nil || s.ReceiptCID != "" {
					t.Fatalf("shown: %+v", s)
				}
			}
			var tk web.Task
			call(t, "GET", base+"/v1/tasks/"+sub.ID, nil, "", 200, &tk)
			if tk.State != web.StateFailed || tk.ErrorKind != web.KindNotVerified || tk.Predictions != nil {
				t.Fatalf("task %+v", tk)
			}
			var got apiError
			call(t, "GET", base+"/v1/tasks/"+sub.ID+"/receipt", nil, "", 409, &got)
		})
	}
}

// TestServeRefundsAtDeadline: a node that takes the payment and never
// fulfils: at the deadline the task is refunded and the page says so.
func TestServeRefundsAtDeadline(t *testing.T) {
	e := startEnv(t)
	node := e.rogue(1, roguenode.Silent)
	req := e.requester(9, node.Addrs())
	_, base := e.service(req, t.TempDir(), func(c *web.Config) { c.MinDeadline = time.Second })
	// The chain keeps producing blocks, as a live chain does, so that its
	// clock passes the deadline.
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go func() {
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				e.chain.Commit()
			}
		}
	}()
	var sub web.Submitted
	post(t, base+"/v1/tasks", 201, &sub, part{name: "model", file: "m.msgpack", value: string(e.modelFile())},
		part{name: "input", file: "x.csv", value: string(csv(e.eight()))}, part{name: "segment_size", value: "8"}, part{name: "deadline", value: "3"})
	snaps := events(t, base, sub.ID, 2*time.Minute)
	last := snaps[len(snaps)-1]
	if last.State != web.StateRefunded || last.ErrorKind != web.KindRefunded || !strings.Contains(last.Error, "refunded") || last.Verified {
		t.Fatalf("task %+v", last)
	}
}
