package chaos

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Event is one thing that happened: a requester's progress stage ("paid",
// "awarded", "attestation", "refunded", "verified") with Source
// "requester", or a node's event ("segment:proven", "task:attesting", …)
// with Source the node's name.
type Event struct {
	Source string
	Stage  string
	Detail map[string]any
	At     time.Time
}

// Str is a detail as a string ("" if absent).
func (e Event) Str(key string) string {
	v, ok := e.Detail[key]
	if !ok || v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// eventLog records every event of a scenario; waiters read it from its
// start.
type eventLog struct {
	mu     sync.Mutex
	events []Event
	grew   chan struct{} // closed and replaced at each append
	w      io.Writer     // each event is written here too
}

func newEventLog(w io.Writer) *eventLog { return &eventLog{grew: make(chan struct{}), w: w} }

func (l *eventLog) add(e Event) {
	if e.At.IsZero() {
		e.At = time.Now()
	}
	l.mu.Lock()
	fmt.Fprintf(l.w, "event %s %s %s %v\n", e.At.Format("15:04:05.000"), e.Source, e.Stage, e.Detail)
	l.events = append(l.events, e)
	close(l.grew)
	l.grew = make(chan struct{})
	l.mu.Unlock()
}

// wait returns the first event, from the log's start, that match accepts.
func (l *eventLog) wait(ctx context.Context, what string, match func(Event) bool) (Event, error) {
	seen := 0
	for {
		l.mu.Lock()
		evs, grew := l.events, l.grew
		l.mu.Unlock()
		for ; seen < len(evs); seen++ {
			if match(evs[seen]) {
				return evs[seen], nil
			}
		}
		select {
		case <-ctx.Done():
			return Event{}, fmt.Errorf("%w: waiting for %s: %v", ErrScenario, what, ctx.Err())
		case <-grew:
		}
	}
}

// count is how many events match.
func (l *eventLog) count(match func(Event) bool) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, e := range l.events {
		if match(e) {
			n++
		}
	}
	return n
}

// followNode reads node name's event stream at api (host:port) into log
// until ctx ends, reconnecting when the node restarts.
func followNode(ctx context.Context, log *eventLog, name string, api func() string) {
	for ctx.Err() == nil {
		readStream(ctx, log, name, api())
		select {
		case <-ctx.Done():
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func readStream(ctx context.Context, log *eventLog, name, api string) {
	if api == "" {
		return
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+api+"/v1/events", nil)
	if err != nil {
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data:")
		if !ok {
			continue
		}
		var ev struct {
			Kind string         `json:"kind"`
			At   time.Time      `json:"at"`
			Data map[string]any `json:"data"`
		}
		if json.Unmarshal([]byte(strings.TrimSpace(data)), &ev) != nil || ev.Data == nil {
			continue
		}
		stage := ev.Kind
		if s, ok := ev.Data["state"].(string); ok {
			stage += ":" + s
		}
		log.add(Event{Source: name, Stage: stage, Detail: ev.Data, At: ev.At})
	}
}
