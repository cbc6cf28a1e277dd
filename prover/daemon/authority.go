package daemon

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/aoraki"
	prv "github.com/zkpool/aoraki/prover/peer"
)

// Cache bounds of the chain authority.
const (
	// registeredFor is how long a "registered, staked" answer is kept
	// (a node may exit or be slashed below the minimum).
	registeredFor = 30 * time.Second
	// unregisteredFor is how long a "not a node" answer is kept, so that
	// one key's flood of forged messages costs one lookup; a node that
	// registers just then is heard that much later.
	unregisteredFor = 5 * time.Second
	maxCachedTasks  = 4096
	maxCachedNodes  = 1024
)

// authority answers prv.Authority from the Aoraki contract, caching
// positive answers: a task's node never changes once published (an open
// task is remembered as open: only its own node could exploit that, by
// announcing a task it already closed), a node's registration for
// registeredFor. Every lookup has a deadline; a failed one is an error,
// which the engine takes as "do not act" (and the daemon logs at debug
// level). The client is set by connect, before the engine hears anything.
type authority struct {
	timeout time.Duration
	now     func() time.Time

	mu       sync.Mutex
	c        *aoraki.Client
	minStake *big.Int // immutable in the contract
	tasks    *fifo[[32]byte, [20]byte]
	nodes    *fifo[[20]byte, nodeAnswer]
}

type nodeAnswer struct {
	ok    bool
	until time.Time
}

var _ prv.Authority = (*authority)(nil)

func newAuthority(timeout time.Duration) *authority {
	return &authority{timeout: timeout, now: time.Now,
		tasks: newFIFO[[32]byte, [20]byte](maxCachedTasks), nodes: newFIFO[[20]byte, nodeAnswer](maxCachedNodes)}
}

func (a *authority) connect(c *aoraki.Client) {
	a.mu.Lock()
	a.c = c
	a.mu.Unlock()
}

func (a *authority) client() (*aoraki.Client, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.c == nil {
		return nil, fmt.Errorf("%w: not connected to the chain", ErrChain)
	}
	return a.c, nil
}

// TaskNode implements prv.Authority.
func (a *authority) TaskNode(ctx context.Context, task [32]byte) ([20]byte, bool, error) {
	a.mu.Lock()
	node, ok := a.tasks.get(task)
	a.mu.Unlock()
	if ok {
		return node, true, nil
	}
	c, err := a.client()
	if err != nil {
		return [20]byte{}, false, err
	}
	ctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	t, err := c.Task(ctx, common.Hash(task))
	if err != nil {
		return [20]byte{}, false, err
	}
	open := t.Status == aoraki.TaskOpen
	if open {
		a.mu.Lock()
		a.tasks.put(task, [20]byte(t.Node))
		a.mu.Unlock()
	}
	return [20]byte(t.Node), open, nil
}

// Registered implements prv.Authority.
func (a *authority) Registered(ctx context.Context, addr [20]byte) (bool, error) {
	now := a.now()
	a.mu.Lock()
	ans, ok := a.nodes.get(addr)
	a.mu.Unlock()
	if ok && now.Before(ans.until) {
		return ans.ok, nil
	}
	c, err := a.client()
	if err != nil {
		return false, err
	}
	ctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	min, err := a.minimum(ctx, c)
	if err != nil {
		return false, err
	}
	n, err := c.Node(ctx, common.Address(addr))
	if err != nil {
		return false, err
	}
	// An exiting node still serves the tasks it holds.
	reg := (n.Status == aoraki.NodeActive || n.Status == aoraki.NodeExiting) && n.Stake != nil && n.Stake.Cmp(min) >= 0
	ttl := registeredFor
	if !reg {
		ttl = unregisteredFor
	}
	a.mu.Lock()
	a.nodes.put(addr, nodeAnswer{ok: reg, until: now.Add(ttl)})
	a.mu.Unlock()
	return reg, nil
}

func (a *authority) minimum(ctx context.Context, c *aoraki.Client) (*big.Int, error) {
	a.mu.Lock()
	m := a.minStake
	a.mu.Unlock()
	if m != nil {
		return m, nil
	}
	m, err := c.MinStake(ctx)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.minStake = m
	a.mu.Unlock()
	return m, nil
}

// fifo is a map of at most max entries that forgets the oldest first.
type fifo[K comparable, V any] struct {
	max   int
	m     map[K]V
	order []K
}

func newFIFO[K comparable, V any](max int) *fifo[K, V] {
	return &fifo[K, V]{max: max, m: make(map[K]V, max)}
}

func (f *fifo[K, V]) get(k K) (V, bool) {
	v, ok := f.m[k]
	return v, ok
}

func (f *fifo[K, V]) put(k K, v V) {
	if _, ok := f.m[k]; !ok {
		if len(f.m) >= f.max {
			delete(f.m, f.order[0])
			f.order = f.order[1:]
		}
		f.order = append(f.order, k)
	}
	f.m[k] = v
}

func (f *fifo[K, V]) len() int { return len(f.m) }
