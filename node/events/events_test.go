package events_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/node/events"
)

// TestWireFormat: task ids are 0x hex on the wire, every kind decodes back
// to its own type, and unset fields stay off the wire.
func TestWireFormat(t *testing.T) {
	id := common.HexToHash("0x" + strings.Repeat("cd", 32))
	for _, c := range []struct {
		data events.Data
		want string
	}{
		{&events.Task{Task: id, State: "published"}, `{"task":"0x` + strings.Repeat("cd", 32) + `","state":"published"}`},
		{&events.Task{Task: id, State: "fulfilled", Tx: common.Hash{1}, Gas: 170000}, `"gas":170000`},
		{&events.Segment{Task: id, Index: 1, State: "announced", Attempt: 2}, `"index":1,"state":"announced","attempt":2}`},
		{&events.Attestation{Task: id, Verifier: common.Address{9}}, `"verifier":"0x09`},
	} {
		b, err := json.Marshal(events.Event{Kind: c.data.Kind(), Data: c.data})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), c.want) || !strings.Contains(string(b), `"kind":"`+string(c.data.Kind())+`"`) {
			t.Errorf("%s, want it to hold %s", b, c.want)
		}
		var back events.Event
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Kind != c.data.Kind() || back.TaskID() != id {
			t.Errorf("%s decoded as %+v", b, back)
		}
		if got, _ := json.Marshal(back.Data); string(got) != mustJSON(t, c.data) {
			t.Errorf("round trip: %s, want %s", got, mustJSON(t, c.data))
		}
	}
	var e events.Event
	if err := json.Unmarshal([]byte(`{"kind":"gossip","data":{}}`), &e); err == nil {
		t.Fatal("an unknown kind decoded")
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBusDropsForSlowSubscribersAndCloses(t *testing.T) {
	b := events.NewBus()
	slow, stopSlow := b.Subscribe()
	defer stopSlow()
	for i := 0; i < 300; i++ {
		b.Publish(&events.Segment{Index: uint32(i)})
	}
	if n := len(slow); n != 256 {
		t.Fatalf("a subscriber that reads nothing holds %d events, want its buffer (256)", n)
	}
	b.Close()
	b.Close()
	late, stop := b.Subscribe()
	if _, ok := <-late; ok {
		t.Fatal("a subscription after Close got an event")
	}
	stop()
}
