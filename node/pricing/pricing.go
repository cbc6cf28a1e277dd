// Package pricing prices tasks for the Aoraki node's quotes (DESIGN.md §6):
// the price of a task is its constraint count times the recent clearing
// price per million constraints (an exponentially weighted average of what
// segments were awarded for, starting from a configured floor), plus the
// node's margin, grossed up by the node's fee share. The segment caps that
// bound re-announcements split the provers' part of the price in
// proportion to each segment's constraints, so no segment can ever cost
// more than the quote allows.
package pricing

import (
	"errors"
	"math/big"
	"sync"
)

// Config sets the node's pricing policy.
type Config struct {
	// FloorPerMConstraint is the clearing price (wei per million
	// constraints) assumed before any award, and the least it can fall to.
	FloorPerMConstraint *big.Int `toml:"floor_per_mconstraint"`
	// Margin is added to the clearing price so that a quote survives a
	// rising market (0.5: quote 1.5× the clearing price).
	Margin float64 `toml:"margin"`
	// FeeShare is the part of the price the node keeps (0.1: 10%).
	FeeShare float64 `toml:"fee_share"`
	// Smoothing is the weight of each new award in the average (0, 1].
	Smoothing float64 `toml:"smoothing"`
}

// DefaultConfig suits a testnet.
func DefaultConfig() Config {
	return Config{FloorPerMConstraint: big.NewInt(1e12), Margin: 0.5, FeeShare: 0.1, Smoothing: 0.2}
}

// Validate checks c.
func (c Config) Validate() error {
	switch {
	case c.FloorPerMConstraint == nil || c.FloorPerMConstraint.Sign() <= 0:
		return errors.New("pricing: floor price must be positive")
	case c.Margin < 0 || c.Margin > 10:
		return errors.New("pricing: margin must be in [0, 10]")
	case c.FeeShare < 0 || c.FeeShare >= 1:
		return errors.New("pricing: fee share must be in [0, 1)")
	case c.Smoothing <= 0 || c.Smoothing > 1:
		return errors.New("pricing: smoothing must be in (0, 1]")
	}
	return nil
}

// Book tracks the clearing price. It is safe for concurrent use.
type Book struct {
	cfg      Config
	mu       sync.Mutex
	clearing *big.Float // wei per million constraints
}

// New returns a book at the floor price.
func New(cfg Config) (*Book, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Book{cfg: cfg, clearing: new(big.Float).SetInt(cfg.FloorPerMConstraint)}, nil
}

// Observe records a segment of constraints awarded for price wei.
func (b *Book) Observe(price *big.Int, constraints uint64) {
	if constraints == 0 || price == nil || price.Sign() < 0 {
		return
	}
	per := new(big.Float).SetInt(price)
	per.Quo(per, big.NewFloat(float64(constraints)/1e6))
	b.mu.Lock()
	defer b.mu.Unlock()
	s := big.NewFloat(b.cfg.Smoothing)
	next := new(big.Float).Mul(per, s)
	next.Add(next, new(big.Float).Mul(b.clearing, new(big.Float).Sub(big.NewFloat(1), s)))
	floor := new(big.Float).SetInt(b.cfg.FloorPerMConstraint)
	if next.Cmp(floor) < 0 {
		next = floor
	}
	b.clearing = next
}

// Clearing is the current clearing price in wei per million constraints.
func (b *Book) Clearing() *big.Int {
	b.mu.Lock()
	defer b.mu.Unlock()
	out, _ := b.clearing.Int(nil)
	return out
}

// Quote prices a task of the given total constraints.
func (b *Book) Quote(constraints uint64) *big.Int {
	b.mu.Lock()
	p := new(big.Float).Mul(b.clearing, big.NewFloat(float64(constraints)/1e6))
	b.mu.Unlock()
	p.Mul(p, big.NewFloat(1+b.cfg.Margin))
	p.Quo(p, big.NewFloat(1-b.cfg.FeeShare))
	out, _ := p.Int(nil)
	return out
}

// Caps splits the provers' share of price over segments in proportion to
// their constraints; the caps never sum above price.
func (b *Book) Caps(price *big.Int, constraints []uint64) []*big.Int {
	var total uint64
	for _, c := range constraints {
		total += c
	}
	caps := make([]*big.Int, len(constraints))
	if total == 0 {
		for i := range caps {
			caps[i] = new(big.Int)
		}
		return caps
	}
	pool := new(big.Float).Mul(new(big.Float).SetInt(price), big.NewFloat(1-b.cfg.FeeShare))
	poolInt, _ := pool.Int(nil)
	for i, c := range constraints {
		v := new(big.Int).Mul(poolInt, new(big.Int).SetUint64(c))
		caps[i] = v.Quo(v, new(big.Int).SetUint64(total)) // rounds down: the sum stays within the pool
	}
	return caps
}
