package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/zkpool/aoraki/node"
)

var eventKinds = map[string]bool{"task": true, "segment": true, "attestation": true}

// handleEvents streams the node's events as server-sent events until the
// client goes, the node closes or the service closes.
func (s *Service) handleEvents(w http.ResponseWriter, r *http.Request) {
	var only map[string]bool
	if q := r.URL.Query(); q.Has("kind") {
		only = map[string]bool{}
		for _, k := range strings.Split(q.Get("kind"), ",") {
			if !eventKinds[k] {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown event kind %q (task, segment, attestation)", k))
				return
			}
			only[k] = true
		}
	}
	select {
	case s.streams <- struct{}{}:
	default:
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("too many event streams (%d)", s.cfg.MaxEventStreams))
		return
	}
	defer func() { <-s.streams }()
	events, unsubscribe := s.node.Subscribe()
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
		case ev, ok := <-events:
			if !ok {
				send("event: end\ndata: {\"reason\":\"node closed\"}\n\n")
				return
			}
			if only != nil && !only[ev.Kind] {
				continue
			}
			b, err := json.Marshal(normalise(ev))
			if err != nil {
				s.log.Warn("event not encodable", "kind", ev.Kind, "err", err)
				continue
			}
			if !send("event: " + ev.Kind + "\ndata: " + string(b) + "\n\n") {
				return
			}
		}
	}
}

// normalise writes task ids as 0x hex whichever way the node put them.
func normalise(ev node.Event) node.Event {
	if t, ok := ev.Data["task"].(string); ok && len(t) == 64 && !strings.HasPrefix(t, "0x") {
		data := make(map[string]any, len(ev.Data))
		for k, v := range ev.Data {
			data[k] = v
		}
		data["task"] = "0x" + t
		ev.Data = data
	}
	return ev
}
