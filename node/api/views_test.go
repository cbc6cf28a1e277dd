package api

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/zkpool/aoraki/node/store"
)

func TestParseTaskID(t *testing.T) {
	hex64 := strings.Repeat("ab", 32)
	for _, s := range []string{hex64, "0x" + hex64, "0X" + hex64, "0x" + strings.ToUpper(hex64)} {
		id, err := parseTaskID(s)
		if err != nil || id[0] != 0xab || id[31] != 0xab {
			t.Errorf("%q: %x, %v", s, id, err)
		}
	}
	for _, s := range []string{"", "0x", "0x" + hex64[:62], hex64 + "ab", "0x" + hex64[:63] + "g", "0x0x" + hex64[:60], " " + hex64[1:]} {
		if _, err := parseTaskID(s); err == nil {
			t.Errorf("%q parsed", s)
		}
	}
}

func TestPerMConstraint(t *testing.T) {
	for _, c := range []struct {
		price       int64
		constraints uint64
		want        string
	}{{1000, 1_000_000, "1000"}, {1000, 500_000, "2000"}, {7, 3, "2333333"}, {5, 0, "0"}, {0, 10, "0"}} {
		if got := perMConstraint(big.NewInt(c.price), c.constraints); got != c.want {
			t.Errorf("%d wei / %d constraints: %s, want %s", c.price, c.constraints, got, c.want)
		}
	}
}

func TestRecentAwardsNewestFirstAndCapped(t *testing.T) {
	now := time.Now()
	t1, t2 := &store.Task{ID: store.TaskID{1}}, &store.Task{ID: store.TaskID{2}}
	segs := map[store.TaskID][]*store.Segment{
		t1.ID: {
			{Index: 0, State: store.SegmentProven, Constraints: 2e6, Award: &store.Award{Price: store.NewWei(big.NewInt(10)), At: now.Add(-3 * time.Second)}},
			{Index: 1, State: store.SegmentAnnounced},
		},
		t2.ID: {
			{Index: 0, State: store.SegmentAwarded, Constraints: 1e6, Award: &store.Award{Price: store.NewWei(big.NewInt(4)), At: now.Add(-time.Second)}},
			{Index: 1, State: store.SegmentProven, Constraints: 1e6, Award: &store.Award{Price: store.NewWei(big.NewInt(6)), At: now.Add(-2 * time.Second)}},
		},
	}
	of := func(id store.TaskID) []*store.Segment { return segs[id] }
	got := recentAwards([]*store.Task{t1, t2}, of, 10)
	if len(got) != 3 || got[0].Price != "4" || got[1].Price != "6" || got[2].Price != "10" || got[2].PricePerMCons != "5" ||
		got[0].Proven || !got[1].Proven || got[2].Task != "0x01"+strings.Repeat("00", 31) {
		t.Fatalf("%+v", got)
	}
	if got := recentAwards([]*store.Task{t1, t2}, of, 2); len(got) != 2 || got[1].Price != "6" {
		t.Fatalf("capped: %+v", got)
	}
	if got := recentAwards(nil, of, 2); got == nil || len(got) != 0 {
		t.Fatalf("none: %#v (want an empty list, not null)", got)
	}
}
