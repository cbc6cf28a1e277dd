package chaos

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/testnet"
)

// Scenario is one fault injected into a running testnet.
type Scenario struct {
	// Name is short and unique (a table row, a test name).
	Name string
	// Injected says what is done, for the table.
	Injected string
	// Testnet shapes the testnet (nil: 3 nodes, 4 honest provers).
	Testnet func(*testnet.Config)
	// Tasks is how many tasks are submitted at once (0: one).
	Tasks int
	// Deadline is the proving deadline the requester asks (0: its default).
	Deadline time.Duration
	// Before runs once the testnet is up, before any task is submitted.
	Before func(ctx context.Context, r *Run) error
	// Inject runs while the tasks run; it waits on r's events, never on
	// sleeps. Its error fails the scenario.
	Inject func(ctx context.Context, r *Run) error
	// After runs once every task ended, before the invariants are checked
	// (to restart what the injection left stopped, say).
	After func(ctx context.Context, r *Run) error
	// Requires says why the scenario cannot run here (nil: it can), on
	// a testnet in the netns mode or on loopback (Runner.Netns); a
	// scenario that cannot is skipped and its row says why.
	Requires func(netns bool) error
	// Cleanup undoes what Before or Inject changed outside the testnet
	// (network shaping); it runs whatever happened.
	Cleanup func(r *Run) error
	// Known names an open finding this scenario shows (a fault the
	// network does not survive yet): its broken invariants are reported
	// in the table and the log, and do not fail the suite.
	Known string
	// BadDoHonestWork says the misbehaving provers also prove their own
	// awards honestly (a thief): the payouts check then holds them, like
	// everyone, to exactly what their seals bind, instead of to nothing.
	BadDoHonestWork bool
	// Refunds is how many tasks may end refunded (a fault no network
	// survives, such as every prover gone).
	Refunds int
}

func (s Scenario) tasks() int { return max(s.Tasks, 1) }

// Run is a scenario in progress: its testnet, its events and its tasks.
type Run struct {
	Net  *testnet.Testnet
	Dir  string
	log  *eventLog
	rss  *rssSampler
	logw io.Writer
	// Requester is the scenario's requester (set before Before runs).
	Requester *requester.Client
	// Work is the task the scenario's requester submits.
	Work *Workload

	mu      sync.Mutex
	outcome []taskOutcome
	delayer *testnet.Delayer // loopback mode's packet delay (delayAll)
}

// Wait returns the first event of the scenario, from its start, that
// match accepts.
func (r *Run) Wait(ctx context.Context, what string, match func(Event) bool) (Event, error) {
	return r.log.wait(ctx, what, match)
}

// WaitStage waits for the first event of stage from source ("" for any).
func (r *Run) WaitStage(ctx context.Context, source, stage string) (Event, error) {
	return r.Wait(ctx, source+" "+stage, func(e Event) bool {
		return e.Stage == stage && (source == "" || e.Source == source)
	})
}

// Count is how many events so far match.
func (r *Run) Count(match func(Event) bool) int { return r.log.count(match) }

// Logf writes a line to the scenario's log.
func (r *Run) Logf(format string, args ...any) {
	fmt.Fprintf(r.logw, "chaos: "+format+"\n", args...)
}

// Proc is the testnet's process name, or nil.
func (r *Run) Proc(name string) *testnet.Proc {
	for _, p := range r.Net.State().Procs {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Name is the process that holds address a ("" if none).
func (r *Run) Name(a string) string {
	for _, p := range r.Net.State().Procs {
		if p.Address != "" && strings.EqualFold(p.Address, a) {
			return p.Name
		}
	}
	return ""
}

// Kill samples p's memory and sends it SIGKILL.
func (r *Run) Kill(name string) error {
	r.rss.sample()
	r.Logf("kill -9 %s", name)
	return r.Net.Kill(name)
}

// Stop samples p's memory and stops it (SIGTERM).
func (r *Run) Stop(name string) error {
	r.rss.sample()
	r.Logf("stop %s", name)
	return r.Net.Stop(name)
}

// Restart starts process name again (stopping it first if it runs).
func (r *Run) Restart(ctx context.Context, name string) error {
	r.rss.sample()
	r.Logf("restart %s", name)
	return r.Net.Restart(ctx, name)
}

// taskOutcome is how one submitted task ended.
type taskOutcome struct {
	res      *requester.Result
	err      error
	refunded bool
	task     common.Hash // known once paid
}

// Result is a scenario's outcome and its invariants.
type Result struct {
	Name, Injected                 string
	Submitted, Completed, Refunded int
	// Latency is the mean time from payment to a verified result of the
	// completed tasks.
	Latency time.Duration
	// Duration is the whole scenario's, testnet up to down.
	Duration time.Duration
	// Checks are the invariants, in order.
	Checks []Check
	// PeakRSS is each process's peak resident memory, by name.
	PeakRSS map[string]uint64
	// Err is what stopped the scenario early, if anything.
	Err error
	// Skipped says why the scenario did not run here ("": it ran).
	Skipped string
	// Known is the scenario's open finding, if any.
	Known string
	// FirstRun is, for a scenario run twice (the suite reruns a failed
	// scenario once), what failed the first time.
	FirstRun string
}

// Check is one invariant after a scenario.
type Check struct {
	Name   string
	Held   bool
	Detail string
}

// OK reports whether the scenario ran to its end with every invariant
// held, or was skipped.
func (r *Result) OK() bool {
	if r.Skipped != "" {
		return true
	}
	if r.Err != nil {
		return false
	}
	for _, c := range r.Checks {
		if !c.Held {
			return false
		}
	}
	return true
}

// Failures lists what went wrong.
func (r *Result) Failures() string {
	var out []string
	if r.Err != nil {
		out = append(out, r.Err.Error())
	}
	for _, c := range r.Checks {
		if !c.Held {
			out = append(out, c.Name+": "+c.Detail)
		}
	}
	return strings.Join(out, "; ")
}

// Runner runs scenarios, each on a fresh testnet of its own.
type Runner struct {
	// Dir holds one directory per scenario.
	Dir string
	// BinDir holds zkpool-node and zkpool-peer.
	BinDir string
	// Work is the task submitted.
	Work *Workload
	// Log receives progress lines.
	Log io.Writer
	// Seed draws bad provers and prices (fixed, so a run repeats).
	Seed uint64
	// TaskTimeout bounds the wait for the tasks (0: 10 minutes).
	TaskTimeout time.Duration
	// Netns runs every testnet in the netns mode (testnet.Config.Netns):
	// each process a host of its own, so links can be cut one by one
	// and shaped per process. Else every process is on loopback.
	Netns bool
}

// Run runs sc and checks the invariants. A testnet that does not come up
// or an injection that fails is in Result.Err; broken invariants are in
// Result.Checks.
func (rn *Runner) Run(ctx context.Context, sc Scenario) *Result {
	res := &Result{Name: sc.Name, Injected: sc.Injected, Submitted: sc.tasks(), Known: sc.Known}
	if sc.Requires != nil {
		if err := sc.Requires(rn.Netns); err != nil {
			res.Skipped, res.Submitted = err.Error(), 0
			fmt.Fprintf(rn.Log, "chaos %s: skipped: %s\n", sc.Name, res.Skipped)
			return res
		}
	}
	start := time.Now()
	defer func() { res.Duration = time.Since(start) }()
	dir := filepath.Join(rn.Dir, sc.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		res.Err = err
		return res
	}
	logf, err := os.OpenFile(filepath.Join(dir, "chaos.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		res.Err = err
		return res
	}
	defer logf.Close()
	cfg := testnet.DefaultConfig(filepath.Join(dir, "net"))
	cfg.BinDir, cfg.Seed, cfg.LogLevel, cfg.Netns = rn.BinDir, rn.Seed, "info", rn.Netns
	if sc.Testnet != nil {
		sc.Testnet(&cfg)
	}
	fmt.Fprintf(rn.Log, "chaos %s: up (%d nodes, %d provers)\n", sc.Name, cfg.Nodes, cfg.Provers)
	tn, err := testnet.Up(ctx, cfg, logf)
	if err != nil {
		res.Err = fmt.Errorf("%w: testnet up: %w", ErrScenario, err)
		if t, oerr := testnet.Open(cfg.Dir); oerr == nil {
			t.Down(context.Background())
		}
		return res
	}
	r := &Run{Net: tn, Dir: dir, log: newEventLog(logf), rss: newRSSSampler(tn), logw: logf, Work: rn.Work}
	down := false
	defer func() {
		if !down { // a panic: leave nothing running
			tn.Down(context.Background())
		}
	}()
	bg, stopBG := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); r.rss.run(bg) }()
	for _, p := range tn.State().Procs {
		if p.Role == "node" {
			wg.Add(1)
			go func() { defer wg.Done(); followNode(bg, r.log, p.Name, func() string { return r.api(p.Name) }) }()
		}
	}
	res.Err = rn.drive(ctx, r, sc)
	r.rss.sample()
	stopBG()
	wg.Wait()
	rn.tally(r, res)
	res.Checks = rn.check(ctx, r, sc, res)
	res.PeakRSS, _ = r.rss.peaks()
	ns := tn.State().Netns
	downErr := tn.Down(context.Background())
	down = true
	left := leftBehind(cfg.Dir)
	if ns != nil {
		left = append(left, netnsLeft(ns.Prefix)...)
	}
	c := Check{Name: "processes", Held: downErr == nil && len(left) == 0}
	if !c.Held {
		c.Detail = fmt.Sprintf("down: %v; left: %s", downErr, strings.Join(left, ", "))
	}
	res.Checks = append(res.Checks, c)
	res.Duration = time.Since(start)
	fmt.Fprintf(rn.Log, "chaos %s: %d submitted, %d completed, %d refunded, latency %s, %s: ok %v %s\n", sc.Name,
		res.Submitted, res.Completed, res.Refunded, res.Latency.Round(time.Millisecond), res.Duration.Round(time.Second), res.OK(), res.Failures())
	return res
}

// api is node name's API address now.
func (r *Run) api(name string) string {
	if p := r.Proc(name); p != nil {
		return p.API
	}
	return ""
}

// drive submits the tasks, runs the injection beside them and waits for
// every task to end.
func (rn *Runner) drive(ctx context.Context, r *Run, sc Scenario) error {
	timeout := rn.TaskTimeout
	if timeout == 0 {
		timeout = 10 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if sc.Cleanup != nil {
		defer func() {
			if err := sc.Cleanup(r); err != nil {
				r.Logf("cleanup: %v", err)
			}
		}()
	}
	c, eth, err := openRequester(ctx, r.Net, filepath.Join(r.Dir, "requester"), sc.Deadline, r.logw)
	if err != nil {
		return fmt.Errorf("%w: requester: %w", ErrScenario, err)
	}
	defer eth.Close()
	defer c.Close()
	r.Requester = c
	if sc.Before != nil {
		if err := sc.Before(ctx, r); err != nil {
			return fmt.Errorf("%w: before: %w", ErrScenario, err)
		}
	}
	progress := func(stage string, d map[string]any) {
		r.log.add(Event{Source: "requester", Stage: stage, Detail: d})
	}
	r.outcome = make([]taskOutcome, sc.tasks())
	var wg sync.WaitGroup
	for i := range r.outcome {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := c.ProveWith(ctx, rn.Work.Input, requester.Terms{}, progress)
			r.mu.Lock()
			r.outcome[i] = taskOutcome{res: res, err: err, refunded: errors.Is(err, requester.ErrRefunded)}
			r.mu.Unlock()
		}()
	}
	var injErr error
	injDone := make(chan struct{})
	if sc.Inject != nil {
		go func() {
			defer close(injDone)
			injErr = sc.Inject(ctx, r)
		}()
	} else {
		close(injDone)
	}
	wg.Wait()
	// An injection still waiting for an event that never came (the tasks
	// ended first) is a scenario that did not test what it says.
	select {
	case <-injDone:
	case <-time.After(time.Minute):
		cancel()
		<-injDone
	}
	if injErr != nil {
		return fmt.Errorf("%w: inject: %w", ErrScenario, injErr)
	}
	if sc.After != nil {
		if err := sc.After(ctx, r); err != nil {
			return fmt.Errorf("%w: after: %w", ErrScenario, err)
		}
	}
	return nil
}

// tally counts the outcomes.
func (rn *Runner) tally(r *Run, res *Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var total time.Duration
	for _, o := range r.outcome {
		switch {
		case o.err == nil && o.res != nil && o.res.Verified && slices.Equal(o.res.Journal.Predictions, rn.Work.Expected):
			res.Completed++
			total += o.res.Elapsed
		case o.refunded:
			res.Refunded++
		}
	}
	if res.Completed > 0 {
		res.Latency = total / time.Duration(res.Completed)
	}
}
