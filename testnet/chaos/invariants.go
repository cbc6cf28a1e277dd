package chaos

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/requester"
)

// Invariant names, in the table's order.
const (
	InvTasks     = "tasks"
	InvBalances  = "balances"
	InvPayouts   = "payouts"
	InvSlashing  = "slashing"
	InvStore     = "store"
	InvMemory    = "memory"
	InvProcesses = "processes"
)

// Invariants lists them in order.
var Invariants = []string{InvTasks, InvBalances, InvPayouts, InvSlashing, InvStore, InvMemory, InvProcesses}

// ledger is what the contract's logs say.
type ledger struct {
	published map[common.Hash]*contracts.AorakiTaskPublished
	fulfilled map[common.Hash]bool
	refunded  map[common.Hash]*contracts.AorakiTaskRefunded
	credited  map[common.Hash]map[common.Address]*big.Int // task -> account -> amount
	accounts  map[common.Address]bool                     // every account that may hold a balance
	nodes     map[common.Address]*big.Int                 // staked in
	in, out   *big.Int                                    // ether in (prices, stakes), out (withdrawals)
}

func readLedger(ctx context.Context, eth *ethclient.Client, n *network.Network) (*ledger, error) {
	logs, err := eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.DeployBlock), Addresses: []common.Address{n.Contract}})
	if err != nil {
		return nil, err
	}
	ab := contracts.NewAoraki()
	l := &ledger{published: map[common.Hash]*contracts.AorakiTaskPublished{}, fulfilled: map[common.Hash]bool{},
		refunded: map[common.Hash]*contracts.AorakiTaskRefunded{}, credited: map[common.Hash]map[common.Address]*big.Int{},
		accounts: map[common.Address]bool{}, nodes: map[common.Address]*big.Int{}, in: new(big.Int), out: new(big.Int)}
	for i := range logs {
		ev, err := aoraki.DecodeEvent(ab, &logs[i])
		if err != nil {
			continue
		}
		switch e := ev.(type) {
		case *contracts.AorakiTaskPublished:
			l.published[e.TaskId] = e
			l.in.Add(l.in, e.Price)
		case *contracts.AorakiTaskFulfilled:
			l.fulfilled[e.TaskId] = true
		case *contracts.AorakiTaskRefunded:
			l.refunded[e.TaskId] = e
		case *contracts.AorakiCredited:
			m := l.credited[e.TaskId]
			if m == nil {
				m = map[common.Address]*big.Int{}
				l.credited[e.TaskId] = m
			}
			if m[e.Account] == nil {
				m[e.Account] = new(big.Int)
			}
			m[e.Account].Add(m[e.Account], e.Amount)
			l.accounts[e.Account] = true
		case *contracts.AorakiWithdrawn:
			l.out.Add(l.out, e.Amount)
		case *contracts.AorakiNodeRegistered:
			l.nodes[e.Node] = new(big.Int).Set(e.Stake)
			l.in.Add(l.in, e.Stake)
		case *contracts.AorakiStakeAdded:
			l.in.Add(l.in, e.Amount)
		case *contracts.AorakiNodeDeregistered:
			l.accounts[e.Node] = true
		}
	}
	return l, nil
}

// check runs every invariant but the last (processes, checked after Down).
func (rn *Runner) check(ctx context.Context, r *Run, sc Scenario, res *Result) []Check {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	fail := func(err error) []Check {
		var out []Check
		for _, name := range Invariants[:len(Invariants)-1] {
			out = append(out, Check{Name: name, Detail: "not checked: " + err.Error()})
		}
		return out
	}
	st := r.Net.State()
	n, err := network.Load(st.NetworkFile)
	if err != nil {
		return fail(err)
	}
	if p := r.Proc("chain"); p == nil || !p.Running() {
		if err := r.Net.Restart(ctx, "chain"); err != nil {
			return fail(fmt.Errorf("the chain is down and does not restart: %w", err))
		}
	}
	eth, err := chain.Dial(ctx, n.RPCURL)
	if err != nil {
		return fail(err)
	}
	defer eth.Close()
	ac, err := aoraki.New(eth, nil, n.Contract, new(big.Int).SetUint64(n.ChainID))
	if err != nil {
		return fail(err)
	}
	l, err := readLedger(ctx, eth, n)
	if err != nil {
		return fail(err)
	}
	return []Check{
		rn.checkTasks(ctx, r, sc, res, ac, l),
		checkBalances(ctx, eth, ac, n.Contract, l),
		rn.checkPayouts(r, sc, l),
		checkSlashing(ctx, ac, sc, l),
		checkStores(ctx, r, l),
		checkMemory(r),
	}
}

func (rn *Runner) checkTasks(ctx context.Context, r *Run, sc Scenario, res *Result, ac *aoraki.Client, l *ledger) Check {
	c := Check{Name: InvTasks}
	var bad []string
	r.mu.Lock()
	for i, o := range r.outcome {
		switch {
		case o.err == nil && o.res != nil:
			if !o.res.Verified || !slices.Equal(o.res.Journal.Predictions, rn.Work.Expected) {
				bad = append(bad, fmt.Sprintf("task %d: a result that is not the expected one (verified %v)", i, o.res.Verified))
			}
		case o.refunded:
		default:
			bad = append(bad, fmt.Sprintf("task %d: %v", i, o.err))
		}
	}
	r.mu.Unlock()
	if res.Refunded > sc.Refunds {
		bad = append(bad, fmt.Sprintf("%d tasks refunded, the scenario allows %d", res.Refunded, sc.Refunds))
	}
	if got := len(l.published); got != res.Submitted {
		bad = append(bad, fmt.Sprintf("%d tasks published on chain, %d submitted", got, res.Submitted))
	}
	for id := range l.published {
		t, err := ac.Task(ctx, id)
		switch {
		case err != nil:
			bad = append(bad, fmt.Sprintf("task %s: %v", id.Hex()[:10], err))
		case t.Status == aoraki.TaskFulfilled && l.fulfilled[id], t.Status == aoraki.TaskRefunded && l.refunded[id] != nil:
		default:
			bad = append(bad, fmt.Sprintf("task %s is %s on chain", id.Hex()[:10], t.Status))
		}
	}
	c.Held = len(bad) == 0
	c.Detail = strings.Join(bad, "; ")
	return c
}

// checkBalances reconciles the contract's ether to the wei, two ways.
func checkBalances(ctx context.Context, eth *ethclient.Client, ac *aoraki.Client, contract common.Address, l *ledger) Check {
	c := Check{Name: InvBalances}
	var bad []string
	have, err := eth.BalanceAt(ctx, contract, nil)
	if err != nil {
		c.Detail = err.Error()
		return c
	}
	// In less out.
	if want := new(big.Int).Sub(l.in, l.out); have.Cmp(want) != 0 {
		bad = append(bad, fmt.Sprintf("contract holds %s wei, in %s less out %s is %s", have, l.in, l.out, want))
	}
	// What it holds: stakes, open escrow, credited balances.
	held := new(big.Int)
	for a := range l.nodes {
		nd, err := ac.Node(ctx, a)
		if err != nil {
			c.Detail = err.Error()
			return c
		}
		held.Add(held, nd.Stake)
	}
	for id, p := range l.published {
		if !l.fulfilled[id] && l.refunded[id] == nil {
			held.Add(held, p.Price)
		}
	}
	for a := range l.accounts {
		b, err := ac.Balance(ctx, a)
		if err != nil {
			c.Detail = err.Error()
			return c
		}
		held.Add(held, b)
	}
	if have.Cmp(held) != 0 {
		bad = append(bad, fmt.Sprintf("contract holds %s wei, stakes + escrow + balances are %s", have, held))
	}
	// Each ended task credited exactly what it owed.
	for id, p := range l.published {
		sum := new(big.Int)
		for _, v := range l.credited[id] {
			sum.Add(sum, v)
		}
		want := new(big.Int)
		switch {
		case l.fulfilled[id]:
			want.Set(p.Price)
		case l.refunded[id] != nil:
			want.Add(p.Price, l.refunded[id].Slashed)
		}
		if sum.Cmp(want) != 0 {
			bad = append(bad, fmt.Sprintf("task %s credited %s wei, owed %s", id.Hex()[:10], sum, want))
		}
	}
	c.Held = len(bad) == 0
	c.Detail = strings.Join(bad, "; ")
	return c
}

// checkPayouts: each fulfilled task the requester saw paid each prover
// exactly the prices its receipts' segments are bound to, the node the
// rest, and misbehaving provers nothing (unless the scenario's misbehaving
// provers also do honest work of their own: then exactly what their seals
// bind, as everyone).
func (rn *Runner) checkPayouts(r *Run, sc Scenario, l *ledger) Check {
	badProvers := map[common.Address]string{}
	for _, p := range r.Net.State().Procs {
		if p.Misbehave != "" && p.Address != "" && !sc.BadDoHonestWork {
			badProvers[common.HexToAddress(p.Address)] = p.Name
		}
	}
	r.mu.Lock()
	var results []*requester.Result
	for _, o := range r.outcome {
		if o.res != nil && o.res.Receipt != nil {
			results = append(results, o.res)
		}
	}
	r.mu.Unlock()
	bad := payoutErrors(results, l, badProvers, func(a common.Address) string {
		if n := r.Name(a.Hex()); n != "" {
			return n
		}
		return a.Hex()
	})
	return Check{Name: InvPayouts, Held: len(bad) == 0, Detail: strings.Join(bad, "; ")}
}

// payoutErrors compares what the chain credited for each result's task
// with what its receipt's segments bind.
func payoutErrors(results []*requester.Result, l *ledger, badProvers map[common.Address]string, name func(common.Address) string) []string {
	var bad []string
	for _, res := range results {
		id := res.TaskID
		if !l.fulfilled[id] {
			bad = append(bad, fmt.Sprintf("task %s verified by the requester is not fulfilled on chain", id.Hex()[:10]))
			continue
		}
		want := map[common.Address]*big.Int{}
		total := new(big.Int)
		for _, s := range res.Receipt.Segments {
			a := common.Address(s.Prover)
			if want[a] == nil {
				want[a] = new(big.Int)
			}
			want[a].Add(want[a], s.Price)
			total.Add(total, s.Price)
		}
		if rest := new(big.Int).Sub(res.Price, total); rest.Sign() > 0 {
			if want[res.Node] == nil {
				want[res.Node] = new(big.Int)
			}
			want[res.Node].Add(want[res.Node], rest)
		}
		got := l.credited[id]
		for a, v := range got {
			if n, ok := badProvers[a]; ok && v.Sign() > 0 {
				bad = append(bad, fmt.Sprintf("task %s paid the misbehaving %s %s wei", id.Hex()[:10], n, v))
			}
			if w := want[a]; w == nil || w.Cmp(v) != 0 {
				bad = append(bad, fmt.Sprintf("task %s credited %s %s wei, its receipt binds %v", id.Hex()[:10], name(a), v, w))
			}
		}
		for a, w := range want {
			if got[a] == nil && w.Sign() > 0 {
				bad = append(bad, fmt.Sprintf("task %s did not pay %s its %s wei", id.Hex()[:10], name(a), w))
			}
		}
	}
	sort.Strings(bad)
	return bad
}

// checkSlashing: a node's stake is what it put in, less the slashes of
// refunds the scenario allows.
func checkSlashing(ctx context.Context, ac *aoraki.Client, sc Scenario, l *ledger) Check {
	c := Check{Name: InvSlashing}
	var bad []string
	slashed := map[common.Address]*big.Int{}
	for id, e := range l.refunded {
		a := l.published[id].Node
		if slashed[a] == nil {
			slashed[a] = new(big.Int)
		}
		slashed[a].Add(slashed[a], e.Slashed)
	}
	if len(l.refunded) > sc.Refunds {
		bad = append(bad, fmt.Sprintf("%d refunds slashed nodes, the scenario allows %d", len(l.refunded), sc.Refunds))
	}
	for a, in := range l.nodes {
		nd, err := ac.Node(ctx, a)
		if err != nil {
			c.Detail = err.Error()
			return c
		}
		want := new(big.Int).Set(in)
		if s := slashed[a]; s != nil {
			want.Sub(want, s)
		}
		if nd.Stake.Cmp(want) != 0 {
			bad = append(bad, fmt.Sprintf("node %s holds stake %s, want %s", a.Hex()[:10], nd.Stake, want))
		}
	}
	c.Held = len(bad) == 0
	c.Detail = strings.Join(bad, "; ")
	return c
}

// checkStores: every node that runs (restarting those a scenario left
// stopped) holds every task the chain gives it, in the chain's state. A
// node learns of a fulfilment from the chain after the requester may have:
// each node has storeSettle to catch up.
func checkStores(ctx context.Context, r *Run, l *ledger) Check {
	c := Check{Name: InvStore}
	var bad []string
	for _, p := range r.Net.State().Procs {
		if p.Role != "node" {
			continue
		}
		if !p.Running() {
			if err := r.Net.Restart(ctx, p.Name); err != nil {
				bad = append(bad, fmt.Sprintf("%s does not restart: %v", p.Name, err))
				continue
			}
			p = r.Proc(p.Name)
		}
		deadline := time.Now().Add(storeSettle)
		for {
			diff := storeDiff(ctx, p.Name, p.API, p.Address, l)
			if len(diff) == 0 || time.Now().After(deadline) {
				bad = append(bad, diff...)
				break
			}
			select {
			case <-ctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	c.Held = len(bad) == 0
	c.Detail = strings.Join(bad, "; ")
	return c
}

// storeSettle bounds how long a node may take to record what the chain
// says.
const storeSettle = 30 * time.Second

func storeDiff(ctx context.Context, name, api, addr string, l *ledger) []string {
	tasks, err := nodeTasks(ctx, api)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", name, err)}
	}
	var bad []string
	for id, e := range l.published {
		if !strings.EqualFold(e.Node.Hex(), addr) {
			continue
		}
		state, ok := tasks[strings.ToLower(id.Hex())]
		switch {
		case !ok:
			bad = append(bad, fmt.Sprintf("%s lost task %s", name, id.Hex()[:10]))
		case l.fulfilled[id] && state != "fulfilled":
			bad = append(bad, fmt.Sprintf("%s holds fulfilled task %s as %s", name, id.Hex()[:10], state))
		}
	}
	return bad
}

// nodeTasks reads a node's tasks (id -> state) from its API.
func nodeTasks(ctx context.Context, api string) (map[string]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+api+"/v1/tasks?limit=1000", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var ts []struct {
		ID    string `json:"id"`
		State string `json:"state"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&ts); err != nil {
		return nil, fmt.Errorf("GET /v1/tasks: %v", err)
	}
	out := map[string]string{}
	for _, t := range ts {
		out[strings.ToLower(t.ID)] = t.State
	}
	return out, nil
}

func checkMemory(r *Run) Check {
	c := Check{Name: InvMemory, Held: true}
	peaks, roles := r.rss.peaks()
	var bad []string
	for name, v := range peaks {
		if b := RSSBounds[roles[name]]; b > 0 && v > b {
			bad = append(bad, fmt.Sprintf("%s peaked at %d MiB, bound %d MiB", name, v>>20, b>>20))
		}
	}
	slices.Sort(bad)
	c.Held = len(bad) == 0
	c.Detail = strings.Join(bad, "; ")
	return c
}
