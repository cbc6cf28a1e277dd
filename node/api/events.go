package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/zkpool/aoraki/node/events"
)

// handleEvents streams the node's events as server-sent events until the
// client goes, the node closes or the service closes.
func (s *Service) handleEvents(w http.ResponseWriter, r *http.Request) {
	var only map[events.Kind]bool
	if q := r.URL.Query(); q.Has("kind") {
		only = map[events.Kind]bool{}
		for _, k := range strings.Split(q.Get("kind"), ",") {
			if !slices.Contains(events.Kinds, events.Kind(k)) {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown event kind %q (task, segment, attestation)", k))
				return
			}
			only[events.Kind(k)] = true
		}
	}
	select {
	case s.streams <- struct{}{}:
	default:
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("too many event streams (%d)", s.cfg.MaxEventStreams))
		return
	}
	defer func() { <-s.streams }()
	evs, unsubscribe := s.node.Subscribe()
	defer unsubscribe()

	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	// send writes one message with its own write deadline, so a stalled
	// client is dropped while a live one may stay for hours.
	send := func(msg string) bool {
		if err := rc.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout)); err != nil {
			return false
		}
		if _, err := fmt.Fprint(w, msg); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send("retry: 2000\n: aoraki node events\n\n") {
		return
	}
	beat := time.NewTicker(s.cfg.Heartbeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-beat.C:
			if !send(": heartbeat\n\n") {
				return
			}
		case ev, ok := <-evs:
			if !ok {
				send("event: end\ndata: {\"reason\":\"node closed\"}\n\n")
				return
			}
			if only != nil && !only[ev.Kind] {
				continue
			}
			b, err := json.Marshal(ev)
			if err != nil {
				s.log.Warn("event not encodable", "kind", ev.Kind, "err", err)
				continue
			}
			if !send("event: " + string(ev.Kind) + "\ndata: " + string(b) + "\n\n") {
				return
			}
		}
	}
}
