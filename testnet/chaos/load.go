package chaos

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/zkpool/aoraki/testnet"
)

// Load table markers in RELIABILITY.md: `make test-load` replaces what
// lies between.
const (
	LoadBeginMarker = "<!-- load table: begin (make test-load regenerates it) -->"
	LoadEndMarker   = "<!-- load table: end -->"
)

// LoadProvers is how many provers a load level's testnet has, beside its
// one node.
const LoadProvers = 8

// LoadPoint is what one load level measured: n tasks paid at once to a
// one-node, LoadProvers-prover testnet, and where their time went.
type LoadPoint struct {
	Tasks int
	// Result is the level's scenario result (invariants included).
	Result *Result
	// Mean and Max are the latencies, payment to verified result, of the
	// completed tasks.
	Mean, Max time.Duration
	// Execute is the mean time from a task's publication to its segments'
	// first announcement (execution and witness generation on the node).
	Execute time.Duration
	// AwardWait is the mean time from a segment's first announcement to
	// its last award (bid windows, waiting for a free prover).
	AwardWait time.Duration
	// Prove is the mean time from a segment's last award to its receipt.
	Prove time.Duration
	// Finish is the mean time from a task's last receipt to its
	// fulfilment (attestations, fulfil mined).
	Finish time.Duration
	// Attempts is the mean number of announcements a segment needed.
	Attempts float64
}

// LoadScenario pays n tasks at once to a testnet of one node and
// LoadProvers provers; its After fills p from the run's events.
func LoadScenario(n int, p *LoadPoint) Scenario {
	p.Tasks = n
	return Scenario{Name: fmt.Sprintf("load-%d", n), Injected: fmt.Sprintf("%d Iris tasks paid at once; 1 node, %d provers", n, LoadProvers),
		Testnet: func(c *testnet.Config) { c.Nodes, c.Provers = 1, LoadProvers },
		Tasks:   n,
		After: func(ctx context.Context, r *Run) error {
			r.measureLoad(p)
			return nil
		}}
}

// segKey names one segment of one task.
type segKey struct {
	task  string
	index string
}

// measureLoad reads the latencies from the run's outcomes and the stage
// times from the node's events.
func (r *Run) measureLoad(p *LoadPoint) {
	r.mu.Lock()
	var lat []time.Duration
	for _, o := range r.outcome {
		if o.err == nil && o.res != nil && o.res.Verified {
			lat = append(lat, o.res.Elapsed)
		}
	}
	r.mu.Unlock()
	if len(lat) > 0 {
		p.Mean, p.Max = mean(lat), slices.Max(lat)
	}
	r.log.mu.Lock()
	events := slices.Clone(r.log.events)
	r.log.mu.Unlock()
	published := map[string]time.Time{}
	lastProven := map[string]time.Time{}
	firstAnn := map[segKey]time.Time{}
	attempts := map[segKey]int{}
	lastAward := map[segKey]time.Time{}
	var exec, wait, prove, finish []time.Duration
	for _, e := range events {
		if e.Source == "requester" {
			continue
		}
		task := e.Str("task")
		k := segKey{task, e.Str("index")}
		switch e.Stage {
		case "task:published":
			published[task] = e.At
		case "segment:announced":
			if _, ok := firstAnn[k]; !ok {
				firstAnn[k] = e.At
				if t, ok := published[task]; ok && k.index == "0" {
					exec = append(exec, e.At.Sub(t))
				}
			}
			attempts[k]++
		case "segment:awarded":
			lastAward[k] = e.At
		case "segment:proven":
			if a, ok := lastAward[k]; ok {
				prove = append(prove, e.At.Sub(a))
				wait = append(wait, a.Sub(firstAnn[k]))
			}
			lastProven[task] = e.At
		case "task:fulfilled":
			if t, ok := lastProven[task]; ok {
				finish = append(finish, e.At.Sub(t))
			}
		}
	}
	p.Execute, p.AwardWait, p.Prove, p.Finish = mean(exec), mean(wait), mean(prove), mean(finish)
	n := 0
	for _, a := range attempts {
		n += a
	}
	if len(attempts) > 0 {
		p.Attempts = float64(n) / float64(len(attempts))
	}
}

func mean(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var s time.Duration
	for _, d := range ds {
		s += d
	}
	return s / time.Duration(len(ds))
}

// LoadTable renders the load levels as a Markdown table, each level's
// mean latency also as a multiple of the first level's.
func LoadTable(points []*LoadPoint) string {
	var b strings.Builder
	b.WriteString("| tasks at once | completed | mean latency | × one task | max latency | execute | award wait / segment | prove / segment | attest + fulfil | announcements / segment | invariants | peak RSS node / prover / chain |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	var base time.Duration
	for _, p := range points {
		if base == 0 {
			base = p.Mean
		}
		ratio := "—"
		if base > 0 && p.Mean > 0 {
			ratio = fmt.Sprintf("%.2f", p.Mean.Seconds()/base.Seconds())
		}
		held := "yes"
		if p.Result == nil || !p.Result.OK() {
			held = "**no**"
			if p.Result != nil {
				held += ": " + p.Result.Failures()
			}
		}
		completed, rss := 0, ""
		if p.Result != nil {
			completed, rss = p.Result.Completed, rssByRole(p.Result)
		}
		r := func(d time.Duration) string {
			if d == 0 {
				return "—" // no event of the stage seen before the testnet went down
			}
			return d.Round(10 * time.Millisecond).String()
		}
		fmt.Fprintf(&b, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %s |\n", p.Tasks, completed, r(p.Mean), ratio, r(p.Max),
			r(p.Execute), r(p.AwardWait), r(p.Prove), r(p.Finish), p.Attempts, held, rss)
	}
	return b.String()
}
