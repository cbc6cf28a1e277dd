package blob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/wire"
)

// ProtocolID is the blob exchange protocol.
const ProtocolID protocol.ID = "/zkpool/blob/1.0.0"

// maxRequest bounds an encoded BlobRequest (a CID and a size).
const maxRequest = 128

// maxHeader bounds an encoded BlobHeader.
const maxHeader = 16

// Routing is the content routing the exchange needs; *dht.IpfsDHT has it.
type Routing interface {
	Provide(ctx context.Context, c cid.Cid, announce bool) error
	FindProvidersAsync(ctx context.Context, c cid.Cid, count int) <-chan peer.AddrInfo
}

// Config tunes the exchange.
type Config struct {
	// MaxBlob is the largest blob served or fetched.
	MaxBlob int64 `toml:"max_blob"`
	// BaseTimeout bounds a transfer's fixed part (open, request, header).
	BaseTimeout time.Duration `toml:"base_timeout"`
	// MinRate is the slowest accepted transfer, bytes per second; a
	// transfer's deadline is BaseTimeout + size/MinRate.
	MinRate int64 `toml:"min_rate"`
	// MaxProviders bounds how many providers Fetch tries.
	MaxProviders int `toml:"max_providers"`
}

// DefaultConfig: 1 GiB blobs, 30 s plus 1 MiB/s, 8 providers.
func DefaultConfig() Config {
	return Config{MaxBlob: 1 << 30, BaseTimeout: 30 * time.Second, MinRate: 1 << 20, MaxProviders: 8}
}

// Validate checks every field.
func (c Config) Validate() error {
	if c.MaxBlob <= 0 || c.BaseTimeout <= 0 || c.MinRate <= 0 || c.MaxProviders <= 0 {
		return fmt.Errorf("%w: all fields must be positive: %+v", ErrConfig, c)
	}
	return nil
}

func (c Config) deadline(size int64) time.Time {
	return time.Now().Add(c.BaseTimeout + time.Duration(float64(size)/float64(c.MinRate)*float64(time.Second)))
}

// Exchange serves a Store to peers and fetches blobs from them.
type Exchange struct {
	h       host.Host
	store   *Store
	routing Routing
	cfg     Config
	log     *slog.Logger
	seq     atomic.Uint64
	once    sync.Once
}

// New registers the blob protocol on h. routing may be nil (no Provide,
// no FindProviders; FetchFrom still works).
func New(h host.Host, store *Store, routing Routing, cfg Config, log *slog.Logger) (*Exchange, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if h == nil || store == nil {
		return nil, fmt.Errorf("%w: nil host or store", ErrConfig)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e := &Exchange{h: h, store: store, routing: routing, cfg: cfg, log: log.With("protocol", ProtocolID)}
	h.SetStreamHandler(ProtocolID, e.handle)
	return e, nil
}

// Close unregisters the protocol handler; it is safe to call twice.
func (e *Exchange) Close() error {
	e.once.Do(func() { e.h.RemoveStreamHandler(ProtocolID) })
	return nil
}

// Store returns the local store.
func (e *Exchange) Store() *Store { return e.store }

func (e *Exchange) protect(p peer.ID) func() {
	tag := "zkpool-blob-" + strconv.FormatUint(e.seq.Add(1), 10)
	e.h.ConnManager().Protect(p, tag)
	return func() { e.h.ConnManager().Unprotect(p, tag) }
}

func (e *Exchange) handle(s network.Stream) {
	if err := e.serve(s); err != nil {
		e.log.Debug("blob stream reset", "peer", s.Conn().RemotePeer(), "err", err)
		_ = s.Reset()
		return
	}
	_ = s.Close()
}

func (e *Exchange) serve(s network.Stream) error {
	if err := s.Scope().SetService(stream.ServiceName); err != nil {
		return err
	}
	if s.Conn().Stat().Limited {
		return ErrLimitedConn
	}
	if err := s.SetDeadline(time.Now().Add(e.cfg.BaseTimeout)); err != nil {
		return err
	}
	var req wire.BlobRequest
	if err := stream.ReadMsg(s, &req, maxRequest); err != nil {
		return fmt.Errorf("read request: %w", err)
	}
	c, err := cid.Cast(req.Cid)
	if err == nil {
		err = CheckCID(c)
	}
	if err != nil {
		return stream.WriteMsg(s, &wire.Status{Code: wire.Status_BAD_REQUEST, Message: ErrBadCID.Error()})
	}
	f, size, err := e.store.Open(c)
	if err != nil {
		return stream.WriteMsg(s, &wire.Status{Code: wire.Status_NOT_FOUND, Message: "no such blob"})
	}
	defer f.Close()
	if uint64(size) > req.MaxSize || size > e.cfg.MaxBlob {
		return stream.WriteMsg(s, &wire.Status{Code: wire.Status_TOO_LARGE, Message: fmt.Sprintf("blob is %d bytes", size)})
	}
	defer e.protect(s.Conn().RemotePeer())()
	if err := s.SetDeadline(e.cfg.deadline(size)); err != nil {
		return err
	}
	if err := stream.WriteMsg(s, &wire.Status{Code: wire.Status_OK}); err != nil {
		return err
	}
	if err := stream.WriteMsg(s, &wire.BlobHeader{Size: uint64(size)}); err != nil {
		return err
	}
	if _, err := io.CopyN(s, f, size); err != nil {
		return fmt.Errorf("send %s: %w", c, err)
	}
	return nil
}

// FetchFrom fetches c from p into the store, accepting at most maxSize
// bytes (and never more than the configured MaxBlob); it returns the size.
// A blob already stored is not fetched again.
func (e *Exchange) FetchFrom(ctx context.Context, p peer.ID, c cid.Cid, maxSize int64) (int64, error) {
	if err := CheckCID(c); err != nil {
		return 0, err
	}
	if f, size, err := e.store.Open(c); err == nil {
		f.Close()
		return size, nil
	}
	maxSize = min(maxSize, e.cfg.MaxBlob)
	sctx, cancel := context.WithTimeout(ctx, e.cfg.BaseTimeout)
	defer cancel()
	if !e.hasDirectConn(p) {
		// Only a relayed connection (or none): dial directly first. A
		// peer behind NAT fails here, and NewStream then waits for a hole
		// punch until the deadline; it never uses the relay.
		if err := e.h.Connect(network.WithForceDirectDial(sctx, "blob transfer"), peer.AddrInfo{ID: p}); err != nil {
			e.log.Debug("direct dial for blob failed", "peer", p, "err", err)
		}
	}
	s, err := e.h.NewStream(sctx, p, ProtocolID)
	if err != nil {
		return 0, fmt.Errorf("blob: open stream to %s: %w", p, err)
	}
	n, err := e.fetch(ctx, s, c, maxSize)
	if err != nil {
		_ = s.Reset()
		return 0, err
	}
	_ = s.Close()
	return n, nil
}

func (e *Exchange) hasDirectConn(p peer.ID) bool {
	for _, c := range e.h.Network().ConnsToPeer(p) {
		if !c.Stat().Limited {
			return true
		}
	}
	return false
}

func (e *Exchange) fetch(ctx context.Context, s network.Stream, c cid.Cid, maxSize int64) (int64, error) {
	if s.Conn().Stat().Limited {
		return 0, ErrLimitedConn
	}
	defer e.protect(s.Conn().RemotePeer())()
	stop := context.AfterFunc(ctx, func() { _ = s.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	if err := s.SetDeadline(time.Now().Add(e.cfg.BaseTimeout)); err != nil {
		return 0, err
	}
	if err := stream.WriteMsg(s, &wire.BlobRequest{Cid: c.Bytes(), MaxSize: uint64(maxSize)}); err != nil {
		return 0, err
	}
	// The half-close only tells the server the request is complete. It
	// fails when the server has already answered and closed (on QUIC its
	// Close cancels our write side), with the whole answer waiting to be
	// read: a real failure shows in the read that follows.
	_ = s.CloseWrite()
	if err := stream.ReadStatus(s); err != nil {
		var se *stream.StatusError
		if errors.As(err, &se) {
			switch se.Code {
			case wire.Status_NOT_FOUND:
				return 0, fmt.Errorf("%w: %s at %s", ErrNotFound, c, s.Conn().RemotePeer())
			case wire.Status_TOO_LARGE:
				return 0, fmt.Errorf("%w: %s", ErrTooLarge, se.Message)
			}
		}
		return 0, err
	}
	var hdr wire.BlobHeader
	if err := stream.ReadMsg(s, &hdr, maxHeader); err != nil {
		return 0, fmt.Errorf("blob: read header: %w", err)
	}
	if hdr.Size > uint64(maxSize) {
		return 0, fmt.Errorf("%w: peer announces %d bytes, cap %d", ErrTooLarge, hdr.Size, maxSize)
	}
	size := int64(hdr.Size)
	if err := s.SetDeadline(e.cfg.deadline(size)); err != nil {
		return 0, err
	}
	_, n, err := e.store.write(&exactReader{r: s, left: size}, size, c)
	if err != nil {
		return 0, err
	}
	// The server closes after the body; anything more is a protocol error.
	var one [1]byte
	if k, err := s.Read(one[:]); k != 0 || !errors.Is(err, io.EOF) {
		_ = e.store.Delete(c)
		return 0, fmt.Errorf("blob: trailing data after %d bytes", size)
	}
	return n, nil
}

// exactReader yields exactly left bytes from r; EOF earlier is
// io.ErrUnexpectedEOF.
type exactReader struct {
	r    io.Reader
	left int64
}

func (x *exactReader) Read(p []byte) (int, error) {
	if x.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > x.left {
		p = p[:x.left]
	}
	n, err := x.r.Read(p)
	x.left -= int64(n)
	if errors.Is(err, io.EOF) {
		if x.left > 0 {
			return n, io.ErrUnexpectedEOF
		}
		err = nil
	}
	return n, err
}

// Provide announces that this host serves c (it must be stored).
func (e *Exchange) Provide(ctx context.Context, c cid.Cid) error {
	if e.routing == nil {
		return fmt.Errorf("%w: no content routing", ErrConfig)
	}
	if !e.store.Has(c) {
		return fmt.Errorf("%w: %s is not stored here", ErrNotFound, c)
	}
	if err := e.routing.Provide(ctx, c, true); err != nil {
		return fmt.Errorf("blob: provide %s: %w", c, err)
	}
	return nil
}

// FindProviders returns up to MaxProviders providers of c other than us.
func (e *Exchange) FindProviders(ctx context.Context, c cid.Cid) ([]peer.AddrInfo, error) {
	if e.routing == nil {
		return nil, fmt.Errorf("%w: no content routing", ErrConfig)
	}
	if err := CheckCID(c); err != nil {
		return nil, err
	}
	var out []peer.AddrInfo
	for ai := range e.routing.FindProvidersAsync(ctx, c, e.cfg.MaxProviders) {
		if ai.ID != e.h.ID() {
			out = append(out, ai)
		}
	}
	return out, nil
}

// Fetch finds providers of c and fetches it from the first that delivers
// a blob matching c. It returns the size.
func (e *Exchange) Fetch(ctx context.Context, c cid.Cid, maxSize int64) (int64, error) {
	if err := CheckCID(c); err != nil {
		return 0, err
	}
	if f, size, err := e.store.Open(c); err == nil {
		f.Close()
		return size, nil
	}
	provs, err := e.FindProviders(ctx, c)
	if err != nil {
		return 0, err
	}
	var errs []error
	for _, p := range provs {
		if len(p.Addrs) > 0 {
			e.h.Peerstore().AddAddrs(p.ID, p.Addrs, time.Hour)
		}
		n, err := e.FetchFrom(ctx, p.ID, c, maxSize)
		if err == nil {
			return n, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", p.ID, err))
		if ctx.Err() != nil {
			break
		}
	}
	if len(errs) == 0 {
		return 0, fmt.Errorf("%w: no provider of %s", ErrNotFound, c)
	}
	return 0, fmt.Errorf("blob: fetch %s failed from every provider: %w", c, errors.Join(errs...))
}
