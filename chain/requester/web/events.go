package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// minEventGap spaces a stream's snapshots: a burst of bids is one event.
const minEventGap = 100 * time.Millisecond

// handleEvents streams a task as server-sent events: "task" events each
// carrying the whole task (as GET /v1/tasks/{id}), one at once and one
// after each change, then "end" once the task has ended. A task that has
// ended gets its one snapshot and "end".
func (s *Service) handleEvents(w http.ResponseWriter, r *http.Request) {
	id, ok := taskID(w, r)
	if !ok {
		return
	}
	lt := s.running(id)
	var changed <-chan struct{}
	if lt != nil {
		ch, unsubscribe := lt.subscribe()
		defer unsubscribe()
		changed = ch
	}
	snapshot := func() (*Task, error) {
		if lt != nil {
			return lt.snapshot(), nil
		}
		return s.store.get(id)
	}
	t, err := snapshot()
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no task %s", id))
		return
	case err != nil:
		s.internal(w, r, err)
		return
	}
	select {
	case s.streams <- struct{}{}:
	default:
		writeError(w, http.StatusServiceUnavailable, "busy", fmt.Sprintf("too many event streams (%d)", s.cfg.MaxEventStreams))
		return
	}
	defer func() { <-s.streams }()

	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func(event string, v any) bool {
		b, err := json.Marshal(v)
		if err != nil {
			return false
		}
		if err := rc.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout)); err != nil {
			return false
		}
		if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	comment := func(c string) bool {
		if err := rc.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout)); err != nil {
			return false
		}
		if _, err := fmt.Fprintf(w, ": %s\n\n", c); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !comment("zkpool requester task " + id) {
		return
	}
	if !send("task", t) {
		return
	}
	if lt == nil || t.State.Done() {
		send("end", map[string]string{"state": string(t.State)})
		return
	}
	beat := time.NewTicker(s.cfg.Heartbeat)
	defer beat.Stop()
	last, sent := time.Now(), t
	// sendTask sends a snapshot unless it is the one last sent.
	sendTask := func(t *Task) bool {
		if t.Updated.Equal(sent.Updated) && t.State == sent.State {
			return true
		}
		sent = t
		return send("task", t)
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case <-beat.C:
			if !comment("heartbeat") {
				return
			}
		case <-lt.done:
			t := lt.snapshot()
			if sendTask(t) {
				send("end", map[string]string{"state": string(t.State)})
			}
			return
		case <-changed:
			if gap := time.Since(last); gap < minEventGap {
				select {
				case <-time.After(minEventGap - gap):
				case <-r.Context().Done():
					return
				}
			}
			last = time.Now()
			if !sendTask(lt.snapshot()) {
				return
			}
		}
	}
}
