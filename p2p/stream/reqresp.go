package stream

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/protocol/wire"
)

// ServiceName is the resource-manager service scope of zkpool handlers
// (the same name as host.ServiceName; this package does not import host).
const ServiceName = "zkpool"

var protoName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// ProtocolID returns /zkpool/<name>/1.0.0.
func ProtocolID(name string) protocol.ID {
	return protocol.ID("/zkpool/" + name + "/1.0.0")
}

// Spec describes one request/response protocol.
type Spec struct {
	Name         string        // [a-z0-9-], becomes /zkpool/<name>/1.0.0
	MaxRequest   int           // bytes of one encoded request
	MaxResponse  int           // bytes of one encoded response
	Timeout      time.Duration // the whole exchange, on both sides
	AllowLimited bool          // may run over relayed (limited) connections
}

// ID returns the protocol ID of s.
func (s Spec) ID() protocol.ID { return ProtocolID(s.Name) }

// Validate checks s.
func (s Spec) Validate() error {
	if !protoName.MatchString(s.Name) {
		return fmt.Errorf("%w: name %q", ErrSpec, s.Name)
	}
	if s.MaxRequest <= 0 || s.MaxResponse <= 0 || s.Timeout <= 0 {
		return fmt.Errorf("%w: %s: sizes and timeout must be positive", ErrSpec, s.Name)
	}
	return nil
}

// HandlerFunc answers one request. Returning an error made by Errorf sends
// its code and message; any other error sends INTERNAL without details.
type HandlerFunc[Req, Resp proto.Message] func(ctx context.Context, from peer.ID, req Req) (Resp, error)

// Handle registers fn as the server of spec on h. newReq returns an empty
// request to decode into. Remove it with h.RemoveStreamHandler(spec.ID()).
func Handle[Req, Resp proto.Message](h host.Host, spec Spec, newReq func() Req, fn HandlerFunc[Req, Resp], log *slog.Logger) error {
	if err := spec.Validate(); err != nil {
		return err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("protocol", spec.ID())
	h.SetStreamHandler(spec.ID(), func(s network.Stream) {
		if err := serve(s, spec, newReq, fn); err != nil {
			log.Debug("stream reset", "peer", s.Conn().RemotePeer(), "err", err)
			_ = s.Reset()
			return
		}
		_ = s.Close()
	})
	return nil
}

func serve[Req, Resp proto.Message](s network.Stream, spec Spec, newReq func() Req, fn HandlerFunc[Req, Resp]) error {
	if err := s.Scope().SetService(ServiceName); err != nil {
		return fmt.Errorf("resource scope: %w", err)
	}
	if s.Conn().Stat().Limited && !spec.AllowLimited {
		return ErrLimitedConn
	}
	deadline := time.Now().Add(spec.Timeout)
	if err := s.SetDeadline(deadline); err != nil {
		return err
	}
	req := newReq()
	if err := ReadMsg(s, req, spec.MaxRequest); err != nil {
		return fmt.Errorf("read request: %w", err)
	}
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	resp, herr := fn(ctx, s.Conn().RemotePeer(), req)
	if herr != nil {
		st := &wire.Status{Code: wire.Status_INTERNAL, Message: "internal error"}
		var se *StatusError
		if errors.As(herr, &se) && se.Code != wire.Status_OK {
			st.Code, st.Message = se.Code, truncate(se.Message, MaxStatusMessage)
		}
		return WriteMsg(s, st)
	}
	b, err := proto.Marshal(resp)
	if err != nil {
		return fmt.Errorf("%w: response: %v", ErrMalformed, err)
	}
	if len(b) > spec.MaxResponse {
		return WriteMsg(s, &wire.Status{Code: wire.Status_INTERNAL, Message: "response exceeds the protocol's size cap"})
	}
	if err := WriteMsg(s, &wire.Status{Code: wire.Status_OK}); err != nil {
		return err
	}
	return WriteFrame(s, b)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Call sends req to p over spec and decodes the answer into resp. A
// non-OK status is a *StatusError; a reset or deadline is a plain error.
func Call[Req, Resp proto.Message](ctx context.Context, h host.Host, p peer.ID, spec Spec, req Req, resp Resp) error {
	if err := spec.Validate(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, spec.Timeout)
	defer cancel()
	if spec.AllowLimited {
		ctx = network.WithAllowLimitedConn(ctx, spec.Name)
	}
	s, err := h.NewStream(ctx, p, spec.ID())
	if err != nil {
		return fmt.Errorf("stream: open %s to %s: %w", spec.ID(), p, err)
	}
	if err := exchange(ctx, s, spec, req, resp); err != nil {
		_ = s.Reset()
		return err
	}
	return s.Close()
}

func exchange(ctx context.Context, s network.Stream, spec Spec, req, resp proto.Message) error {
	if s.Conn().Stat().Limited && !spec.AllowLimited {
		return ErrLimitedConn
	}
	deadline, _ := ctx.Deadline()
	if err := s.SetDeadline(deadline); err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { _ = s.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	b, err := proto.Marshal(req)
	if err != nil {
		return fmt.Errorf("%w: request: %v", ErrMalformed, err)
	}
	if len(b) > spec.MaxRequest {
		return fmt.Errorf("%w: request of %d bytes, cap %d", ErrTooLarge, len(b), spec.MaxRequest)
	}
	if err := WriteFrame(s, b); err != nil {
		return err
	}
	// The half-close only says the request is complete; it fails when the
	// server has already answered and closed (QUIC cancels our write side
	// then), with the answer waiting: a real failure shows in the reads.
	_ = s.CloseWrite()
	if err := ReadStatus(s); err != nil {
		return err
	}
	if err := ReadMsg(s, resp, spec.MaxResponse); err != nil {
		return fmt.Errorf("stream: read response: %w", err)
	}
	return nil
}

// ReadStatus reads a Status frame and returns nil for OK, a *StatusError
// otherwise.
func ReadStatus(r io.Reader) error {
	var st wire.Status
	if err := ReadMsg(r, &st, maxStatusFrame); err != nil {
		return fmt.Errorf("stream: read status: %w", err)
	}
	if st.Code != wire.Status_OK {
		return &StatusError{Code: st.Code, Message: truncate(st.Message, MaxStatusMessage)}
	}
	return nil
}
