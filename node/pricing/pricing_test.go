package pricing

import (
	"math/big"
	"testing"
	"time"
)

func TestQuoteAndCaps(t *testing.T) {
	b, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	// 2M constraints at the 1e12 floor, +50% margin, /0.9 for the fee.
	q := b.Quote(2_000_000)
	want := big.NewInt(3_333_333_333_333)
	if new(big.Int).Sub(q, want).CmpAbs(big.NewInt(2)) > 0 {
		t.Fatalf("quote %s, want about %s", q, want)
	}
	caps := b.Caps(q, []uint64{1, 1, 2})
	sum := new(big.Int)
	for _, c := range caps {
		sum.Add(sum, c)
	}
	pool := new(big.Int).Mul(q, big.NewInt(9))
	pool.Quo(pool, big.NewInt(10))
	if diff := new(big.Int).Sub(caps[2], new(big.Int).Mul(caps[0], big.NewInt(2))); sum.Cmp(pool) > 0 || diff.CmpAbs(big.NewInt(1)) > 0 {
		t.Fatalf("caps %v (sum %s) exceed the provers' pool %s or are not proportional", caps, sum, pool)
	}
}

func TestClearingFollowsAwardsAboveFloor(t *testing.T) {
	b, _ := New(DefaultConfig())
	for i := 0; i < 50; i++ {
		b.Observe(big.NewInt(5e12), 1_000_000) // awards at 5e12 per M
	}
	if c := b.Clearing(); c.Cmp(big.NewInt(4.9e12)) < 0 || c.Cmp(big.NewInt(5e12)) > 0 {
		t.Fatalf("clearing %s after many awards at 5e12", c)
	}
	for i := 0; i < 50; i++ {
		b.Observe(big.NewInt(1), 1_000_000)
	}
	if b.Clearing().Cmp(DefaultConfig().FloorPerMConstraint) != 0 {
		t.Fatalf("clearing %s fell below the floor", b.Clearing())
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []Config{
		{Margin: 0.1, FeeShare: 0.1, Smoothing: 0.1},
		{FloorPerMConstraint: big.NewInt(1), FeeShare: 1, Smoothing: 0.1},
		{FloorPerMConstraint: big.NewInt(1), Smoothing: 0},
	} {
		if _, err := New(c); err == nil {
			t.Errorf("accepted %+v", c)
		}
	}
}

func TestReplayTakesTheLatestInOrder(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Smoothing = 1 // the clearing price is the last award's
	b, _ := New(cfg)
	at := time.Unix(1000, 0)
	var tasks []Fulfilled
	for i := ReplayTasks + 5; i > 0; i-- { // newest first: Replay sorts
		tasks = append(tasks, Fulfilled{At: at.Add(time.Duration(i) * time.Second),
			Awards: []Award{{Price: big.NewInt(int64(i) * 1e12), Constraints: 1e6}}})
	}
	b.Replay(tasks)
	if got := b.Clearing(); got.Cmp(big.NewInt(int64(ReplayTasks+5)*1e12)) != 0 {
		t.Fatalf("clearing %s after the replay, want the latest task's award", got)
	}
}
