// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Requester-supplied on-chain check of a task's proof.
interface IReceiptVerifier {
    /// @notice Returns true when `proof` proves `resultDigest` for `taskId`.
    function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes calldata proof) external returns (bool);
}

/// @title Requester-supplied notification of a fulfilled task.
interface IAorakiCallback {
    /// @notice Called once, gas-capped, after a task is fulfilled; a failure here never blocks payment.
    function onTaskFulfilled(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest) external;
}

/// @title Aoraki: escrow, quotes, verifier quorum, payouts and refunds for the ZKPool prover network.
/// @notice A task is identified by the EIP-712 digest of the node's signed quote. It is Open from
/// submitTask until either fulfill (before the proving deadline) or refund (after it).
///
/// Verifier set. The verifier set is the registered nodes that are Active and hold at least the minimum
/// stake. Every change of it (a node registers, asks to leave, is slashed below the minimum, tops its
/// stake back up) bumps `registrySeq`, and each node records the sequence numbers at which it joined and
/// left. A task records the sequence number and its quorum when it is submitted, so its verifier set and
/// threshold are fixed then: nodes registered later (cheap Sybil identities among them) can neither
/// attest to it nor raise its threshold, and a node slashed below the minimum stops attesting at once.
/// A node that leaves stays able to attest to the tasks submitted while it was in the set, and its stake
/// stays locked until the latest proving deadline of any submitted task, which is never more than
/// MAX_PROVING_WINDOW after its submission.
///
/// The aggregating node is not its own witness. The node that took a task builds the proposal, chooses
/// the payouts (and is paid what the provers are not), and is the one slashed if the task fails: it is
/// the interested party, and its signature adds no independent check of the result. Counting it would
/// let a quorum hold fewer independent verifiers than the fraction promises (with three nodes and 2/3,
/// the node and one other). So a task's threshold is taken over the m other members of the set at
/// submission, max(1, ceil(m * num / den)), and an attestation by the task's node is refused. Only in a
/// one-node network (m = 0), where nobody else can check, does the node's own attestation count, with a
/// threshold of 1; a requester who wants an independent check there names a verifier contract.
///
/// Slashing. A refunded task costs its node price * slashBps / 10000 of its stake (at most all of it),
/// credited to the requester with the price. The slash is proportional to what is at stake and, with
/// slashBps <= 10000, never more than the price: a requester who manages to make a node fail gains at
/// most what it paid, so griefing nodes is never a way to make money (a fixed slash let a requester pay
/// a few gwei to take a fixed 0.1 ether).
contract Aoraki {
    // ---------------------------------------------------------------- types

    /// @notice A node's signed offer to prove `programId` on the input with `inputDigest` for `price` wei.
    struct Quote {
        address node;
        address requester;
        bytes32 programId;
        bytes32 inputDigest;
        uint96 price;
        uint64 provingDeadline;
        uint64 expiry;
        uint256 nonce;
        address verifier;
        address callback;
    }

    /// @notice One credit to a pull-payment balance.
    struct Payout {
        address to;
        uint96 amount;
    }

    enum TaskStatus {
        None,
        Open,
        Fulfilled,
        Refunded
    }

    /// @dev Two storage slots: (requester, deadline, status, seq, quorum) and (node, price).
    /// `seq` is the registry sequence number at submission: the task's verifier set is the set at `seq`.
    /// `quorum` is the number of attestations fulfill needs, from that set less the task's node; 0 marks
    /// a task submitted in a one-node network, which needs one attestation: the node's own.
    struct Task {
        address requester;
        uint40 deadline;
        TaskStatus status;
        uint32 seq;
        uint16 quorum;
        address node;
        uint96 price;
    }

    /// @dev Written only for tasks that name a verifier or a callback.
    struct Hooks {
        address verifier;
        address callback;
    }

    enum NodeStatus {
        None,
        Active,
        Exiting
    }

    /// @dev One storage slot per node (240 bits). The node is in the verifier set at sequence number s
    /// when joinedSeq != 0 && joinedSeq <= s && (leftSeq == 0 || leftSeq > s); it is in the set now when
    /// it is Active and leftSeq == 0, which holds exactly when it is Active with stake >= minStake.
    struct Node {
        uint96 stake;
        uint40 unlockAt;
        uint32 openTasks;
        NodeStatus status;
        uint32 joinedSeq;
        uint32 leftSeq;
    }

    // ---------------------------------------------------------------- errors

    /// @notice The quote's expiry time has passed.
    error QuoteExpired(uint64 expiry, uint256 now_);
    /// @notice The quote's proving deadline is not in the future.
    error DeadlineNotInFuture(uint64 deadline, uint256 now_);
    /// @notice The quote's proving deadline is further than MAX_PROVING_WINDOW from now.
    error DeadlineTooFar(uint64 deadline, uint256 latest);
    /// @notice Only the requester named in the quote may submit it.
    error NotRequester(address requester, address sender);
    /// @notice The value sent differs from the quoted price.
    error WrongPayment(uint256 paid, uint256 price);
    /// @notice A signature is malformed (length, v or high s).
    error MalformedSignature();
    /// @notice The quote was not signed by the node it names.
    error WrongQuoteSigner(address expected, address recovered);
    /// @notice The node is not a registered, active node.
    error NodeNotRegistered(address node);
    /// @notice The node's stake is below the minimum and it may not take tasks.
    error NodeStakeTooLow(uint256 stake, uint256 minStake);
    /// @notice The node has already used this quote nonce.
    error NonceUsed(address node, uint256 nonce);
    /// @notice No task has this id, or it is no longer open.
    error TaskNotOpen(bytes32 taskId);
    /// @notice The task's proving deadline has passed; it can only be refunded.
    error DeadlinePassed(uint64 deadline, uint256 now_);
    /// @notice The task's proving deadline has not passed yet.
    error DeadlineNotPassed(uint64 deadline, uint256 now_);
    /// @notice The payouts add up to more than the task's price.
    error PayoutsExceedPrice(uint256 total, uint256 price);
    /// @notice A payout names the zero address.
    error PayoutToZeroAddress(uint256 index);
    /// @notice The attestations blob is not a whole number of 65-byte signatures.
    error AttestationsMalformed(uint256 length);
    /// @notice Attestations must be sorted by strictly increasing signer address.
    error AttestationsNotSorted(uint256 index, address signer);
    /// @notice An attestation was signed by an address that was not in the verifier set when the task was submitted.
    error AttesterNotInSet(uint256 index, address signer, uint32 seq);
    /// @notice An attester's stake is below the minimum stake: it was slashed and may not attest.
    error AttesterStakeTooLow(uint256 index, address signer, uint256 stake);
    /// @notice The task's own node attested; it counts only in a one-node network.
    error AttesterIsTaskNode(uint256 index, address signer);
    /// @notice Fewer valid attestations than the quorum threshold.
    error QuorumNotReached(uint256 attestations, uint256 threshold);
    /// @notice The requester's verifier contract rejected the proof.
    error VerifierRejected(address verifier);
    /// @notice Not enough gas was left to give the requester's callback its full allowance.
    error InsufficientGasForCallback(uint256 gasLeft, uint256 needed);
    /// @notice The caller has no balance to withdraw.
    error NothingToWithdraw();
    /// @notice Sending the withdrawn amount failed.
    error TransferFailed(address to, uint256 amount);
    /// @notice The address is already registered as a node.
    error AlreadyRegistered(address node);
    /// @notice The stake sent is below the minimum stake.
    error StakeTooLow(uint256 stake, uint256 minStake);
    /// @notice The stake would exceed the largest amount the contract accounts (2^96-1 wei).
    error StakeTooLarge();
    /// @notice The node is not in the state this action needs.
    error WrongNodeState(address node, NodeStatus status);
    /// @notice The deregistration delay has not elapsed yet.
    error StillLocked(uint64 unlockAt, uint256 now_);
    /// @notice The node still has open tasks that could be refunded against its stake.
    error TasksStillOpen(uint32 openTasks);
    /// @notice A call re-entered the contract while it was busy.
    error Reentrancy();
    /// @notice A constructor parameter is out of range.
    error InvalidParameter(string name);

    // ---------------------------------------------------------------- events

    event NodeRegistered(address indexed node, uint256 stake);
    event StakeAdded(address indexed node, uint256 amount, uint256 stake);
    event DeregistrationRequested(address indexed node, uint64 unlockAt);
    event NodeDeregistered(address indexed node, uint256 stakeReturned);
    event TaskPublished(
        bytes32 indexed taskId,
        address indexed node,
        address indexed requester,
        bytes32 programId,
        bytes32 inputDigest,
        uint256 price,
        uint64 provingDeadline,
        address verifier,
        address callback
    );
    event TaskFulfilled(
        bytes32 indexed taskId, address indexed node, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash
    );
    event TaskRefunded(bytes32 indexed taskId, address indexed requester, uint256 amount, uint256 slashed);
    event Credited(address indexed account, bytes32 indexed taskId, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event CallbackResult(bytes32 indexed taskId, address indexed callback, bool ok);

    // ---------------------------------------------------------------- constants

    bytes32 public constant QUOTE_TYPEHASH = keccak256(
        "Quote(address node,address requester,bytes32 programId,bytes32 inputDigest,uint96 price,uint64 provingDeadline,uint64 expiry,uint256 nonce,address verifier,address callback)"
    );
    bytes32 public constant ATTESTATION_TYPEHASH =
        keccak256("Attestation(bytes32 taskId,bytes32 resultDigest,bytes32 receiptDigest,bytes32 payoutsHash)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("Aoraki");
    bytes32 private constant VERSION_HASH = keccak256("1");
    /// @notice The furthest a quote's proving deadline may lie from its submission: it bounds how long
    /// a node that leaves the verifier set keeps its stake locked for the tasks it may have to attest.
    uint64 public constant MAX_PROVING_WINDOW = 7 days;
    /// @notice The longest deregistration delay a deployment may set.
    uint64 public constant MAX_DEREGISTRATION_DELAY = 365 days;
    /// @notice slashBps is in basis points of the task's price.
    uint16 private constant BPS = 10_000;
    /// @dev secp256k1n / 2: signatures with a larger s are malleable and refused.
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    // ---------------------------------------------------------------- parameters

    uint96 public immutable minStake;
    /// @notice The slash of a refunded task, in basis points of its price (10000 = the price), capped at the stake.
    uint16 public immutable slashBps;
    uint64 public immutable deregistrationDelay;
    uint32 public immutable callbackGasLimit;
    uint8 public immutable quorumNumerator;
    uint8 public immutable quorumDenominator;
    uint256 private immutable cachedChainId;
    bytes32 private immutable cachedDomainSeparator;

    // ---------------------------------------------------------------- state

    mapping(bytes32 => Task) public tasks;
    mapping(bytes32 => Hooks) public hooks;
    mapping(bytes32 => bytes32) public results;
    mapping(address => Node) public nodes;
    mapping(address => uint256) public balances;
    /// @dev node => nonce >> 8 => bitmap of used nonces.
    mapping(address => mapping(uint256 => uint256)) private nonceBitmap;
    /// @notice Number of nodes in the verifier set now: Active and holding at least the minimum stake.
    uint32 public verifierCount;
    /// @notice Registry sequence number, bumped at every change of the verifier set.
    uint32 public registrySeq;
    /// @notice The latest proving deadline of any submitted task (a leaving node's stake unlocks no earlier).
    uint40 public latestDeadline;
    bool private transient locked;

    modifier nonReentrant() {
        if (locked) revert Reentrancy();
        locked = true;
        _;
        locked = false;
    }

    constructor(
        uint96 minStake_,
        uint16 slashBps_,
        uint64 deregistrationDelay_,
        uint32 callbackGasLimit_,
        uint8 quorumNumerator_,
        uint8 quorumDenominator_
    ) {
        if (minStake_ == 0) revert InvalidParameter("minStake");
        if (slashBps_ > BPS) revert InvalidParameter("slashBps");
        if (deregistrationDelay_ > MAX_DEREGISTRATION_DELAY) revert InvalidParameter("deregistrationDelay");
        if (quorumDenominator_ == 0 || quorumNumerator_ == 0 || quorumNumerator_ > quorumDenominator_) {
            revert InvalidParameter("quorum");
        }
        minStake = minStake_;
        slashBps = slashBps_;
        deregistrationDelay = deregistrationDelay_;
        callbackGasLimit = callbackGasLimit_;
        quorumNumerator = quorumNumerator_;
        quorumDenominator = quorumDenominator_;
        cachedChainId = block.chainid;
        cachedDomainSeparator = _buildDomainSeparator();
    }

    // ---------------------------------------------------------------- node registry

    /// @notice Registers the sender as a node (and so a verifier) with the value sent as stake.
    function registerNode() external payable nonReentrant {
        Node memory n = nodes[msg.sender];
        if (n.status != NodeStatus.None) revert AlreadyRegistered(msg.sender);
        if (msg.value < minStake) revert StakeTooLow(msg.value, minStake);
        if (msg.value > type(uint96).max) revert StakeTooLarge();
        n.stake = uint96(msg.value);
        n.status = NodeStatus.Active;
        _join(n);
        nodes[msg.sender] = n;
        emit NodeRegistered(msg.sender, msg.value);
    }

    /// @notice Adds the value sent to the sender's stake. An active node that a slash had taken below the
    /// minimum, and so out of the verifier set, joins it again once its stake is back at the minimum.
    function addStake() external payable nonReentrant {
        Node memory n = nodes[msg.sender];
        if (n.status == NodeStatus.None) revert NodeNotRegistered(msg.sender);
        uint256 total = uint256(n.stake) + msg.value;
        if (total > type(uint96).max) revert StakeTooLarge();
        n.stake = uint96(total);
        if (n.status == NodeStatus.Active && n.leftSeq != 0 && total >= minStake) _join(n);
        nodes[msg.sender] = n;
        emit StakeAdded(msg.sender, msg.value, total);
    }

    /// @notice Leaves the verifier set and stops taking tasks. The stake unlocks after the delay, and not
    /// before the latest proving deadline of the tasks submitted so far, whose quorum may need this node.
    function requestDeregistration() external nonReentrant {
        Node memory n = nodes[msg.sender];
        if (n.status != NodeStatus.Active) revert WrongNodeState(msg.sender, n.status);
        uint256 unlockAt = block.timestamp + deregistrationDelay;
        if (latestDeadline > unlockAt) unlockAt = latestDeadline;
        if (n.leftSeq == 0) _leave(n); // else a slash already took it out of the set
        n.status = NodeStatus.Exiting;
        n.unlockAt = uint40(unlockAt);
        nodes[msg.sender] = n;
        emit DeregistrationRequested(msg.sender, uint64(unlockAt));
    }

    /// @notice Completes deregistration: credits the remaining stake to the sender's balance.
    function completeDeregistration() external nonReentrant {
        Node memory n = nodes[msg.sender];
        if (n.status != NodeStatus.Exiting) revert WrongNodeState(msg.sender, n.status);
        if (block.timestamp < n.unlockAt) revert StillLocked(n.unlockAt, block.timestamp);
        if (n.openTasks != 0) revert TasksStillOpen(n.openTasks);
        delete nodes[msg.sender];
        balances[msg.sender] += n.stake;
        emit NodeDeregistered(msg.sender, n.stake);
    }

    /// @notice The quorum of a task: the attestations fulfill needs, the task's node and the registry
    /// sequence number that fixes its verifier set. An unknown task has threshold 0.
    function taskQuorum(bytes32 taskId) external view returns (uint256 threshold, address node, uint32 seq) {
        Task storage t = tasks[taskId];
        if (t.status == TaskStatus.None) return (0, address(0), 0);
        uint16 q = t.quorum;
        return (q == 0 ? 1 : q, t.node, t.seq);
    }

    /// @notice Whether fulfill would count an attestation by `who` to the task now: the task is open and
    /// before its deadline, `who` was in the verifier set when it was submitted, holds at least the
    /// minimum stake now, and is not the task's node (unless the task was submitted in a one-node network).
    function canAttest(bytes32 taskId, address who) external view returns (bool) {
        Task storage t = tasks[taskId];
        if (t.status != TaskStatus.Open || block.timestamp > t.deadline) return false;
        if (who == t.node && t.quorum != 0) return false;
        Node memory v = nodes[who];
        return _inSetAt(v, t.seq) && v.stake >= minStake;
    }

    // ---------------------------------------------------------------- tasks

    /// @notice Escrows the quoted price and opens the task named by the quote's EIP-712 digest.
    function submitTask(Quote calldata q, bytes calldata nodeSignature)
        external
        payable
        nonReentrant
        returns (bytes32 taskId)
    {
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, block.timestamp);
        if (q.provingDeadline <= block.timestamp) revert DeadlineNotInFuture(q.provingDeadline, block.timestamp);
        if (q.provingDeadline > block.timestamp + MAX_PROVING_WINDOW) {
            revert DeadlineTooFar(q.provingDeadline, block.timestamp + MAX_PROVING_WINDOW);
        }
        if (msg.sender != q.requester) revert NotRequester(q.requester, msg.sender);
        if (msg.value != q.price) revert WrongPayment(msg.value, q.price);

        taskId = quoteDigest(q);
        address signer = _recover(taskId, nodeSignature);
        if (signer != q.node) revert WrongQuoteSigner(q.node, signer);

        Node storage n = nodes[q.node];
        if (n.status != NodeStatus.Active) revert NodeNotRegistered(q.node);
        if (n.stake < minStake) revert NodeStakeTooLow(n.stake, minStake);

        uint256 word = q.nonce >> 8;
        uint256 bit = 1 << (q.nonce & 0xff);
        uint256 used = nonceBitmap[q.node][word];
        if (used & bit != 0) revert NonceUsed(q.node, q.nonce);
        nonceBitmap[q.node][word] = used | bit;

        n.openTasks += 1;
        // The node is in the set (Active with the minimum stake): the others number verifierCount - 1.
        uint256 others = verifierCount - 1;
        uint40 deadline = uint40(q.provingDeadline); // within MAX_PROVING_WINDOW of now: fits
        if (deadline > latestDeadline) latestDeadline = deadline;
        tasks[taskId] = Task({
            requester: q.requester,
            deadline: deadline,
            status: TaskStatus.Open,
            seq: registrySeq,
            quorum: others == 0 ? 0 : _threshold(others),
            node: q.node,
            price: q.price
        });
        if (q.verifier != address(0) || q.callback != address(0)) {
            hooks[taskId] = Hooks({verifier: q.verifier, callback: q.callback});
        }
        emit TaskPublished(
            taskId, q.node, q.requester, q.programId, q.inputDigest, q.price, q.provingDeadline, q.verifier, q.callback
        );
    }

    /// @notice Records the result of an open task, attested by a quorum of verifiers, and credits the payouts.
    /// @param attestations concatenated 65-byte (r, s, v) EIP-712 signatures over Attestation, sorted by signer.
    /// @param proof passed to the requester's verifier contract, when the quote named one.
    function fulfill(
        bytes32 taskId,
        bytes32 resultDigest,
        bytes32 receiptDigest,
        Payout[] calldata payouts,
        bytes calldata attestations,
        bytes calldata proof
    ) external nonReentrant {
        Task storage t = tasks[taskId];
        if (t.status != TaskStatus.Open) revert TaskNotOpen(taskId);
        uint64 deadline = t.deadline;
        if (block.timestamp > deadline) revert DeadlinePassed(deadline, block.timestamp);
        uint256 price = t.price;
        address node = t.node;

        bytes32 ph = payoutsHash(payouts);
        _checkQuorum(attestationDigest(taskId, resultDigest, receiptDigest, ph), attestations, node, t.seq, t.quorum);

        // Effects.
        t.status = TaskStatus.Fulfilled;
        results[taskId] = resultDigest;
        nodes[node].openTasks -= 1;
        uint256 total;
        for (uint256 i; i < payouts.length; ++i) {
            address to = payouts[i].to;
            if (to == address(0)) revert PayoutToZeroAddress(i);
            uint256 amount = payouts[i].amount;
            total += amount;
            balances[to] += amount;
            emit Credited(to, taskId, amount);
        }
        if (total > price) revert PayoutsExceedPrice(total, price);
        address requester = t.requester;
        if (total < price) {
            balances[requester] += price - total;
            emit Credited(requester, taskId, price - total);
        }
        emit TaskFulfilled(taskId, node, resultDigest, receiptDigest, ph);

        // Interactions, only for tasks that named hooks.
        Hooks memory h = hooks[taskId];
        if (h.verifier != address(0)) {
            if (!_verify(h.verifier, taskId, resultDigest, proof)) revert VerifierRejected(h.verifier);
        }
        if (h.callback != address(0)) {
            _callback(h.callback, taskId, resultDigest, receiptDigest);
        }
    }

    /// @notice After the proving deadline of an open task: credits the price and the slash, price * slashBps
    /// / 10000 of the node's stake (at most all of it), to the requester. A node slashed below the minimum
    /// stake leaves the verifier set until it tops its stake back up.
    function refund(bytes32 taskId) external nonReentrant {
        Task storage t = tasks[taskId];
        if (t.status != TaskStatus.Open) revert TaskNotOpen(taskId);
        if (block.timestamp <= t.deadline) revert DeadlineNotPassed(t.deadline, block.timestamp);
        t.status = TaskStatus.Refunded;
        address node = t.node;
        Node memory n = nodes[node];
        uint256 due = uint256(t.price) * slashBps / BPS;
        uint96 slashed = n.stake < due ? n.stake : uint96(due);
        n.stake -= slashed;
        n.openTasks -= 1;
        if (n.status == NodeStatus.Active && n.leftSeq == 0 && n.stake < minStake) _leave(n);
        nodes[node] = n;
        uint256 amount = uint256(t.price) + slashed;
        address requester = t.requester;
        balances[requester] += amount;
        emit Credited(requester, taskId, amount);
        emit TaskRefunded(taskId, requester, t.price, slashed);
    }

    /// @notice Sends the sender's whole balance to the sender.
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    // ---------------------------------------------------------------- EIP-712 views

    /// @notice The EIP-712 domain separator: name "Aoraki", version "1", this chain, this contract.
    function domainSeparator() public view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomainSeparator : _buildDomainSeparator();
    }

    /// @notice The EIP-712 digest of a quote, which is also the id of the task it opens.
    function quoteDigest(Quote calldata q) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                QUOTE_TYPEHASH,
                q.node,
                q.requester,
                q.programId,
                q.inputDigest,
                q.price,
                q.provingDeadline,
                q.expiry,
                q.nonce,
                q.verifier,
                q.callback
            )
        );
        return _typedDigest(structHash);
    }

    /// @notice The EIP-712 digest verifiers sign to attest a task's result.
    function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_)
        public
        view
        returns (bytes32)
    {
        return _typedDigest(keccak256(abi.encode(ATTESTATION_TYPEHASH, taskId, resultDigest, receiptDigest, payoutsHash_)));
    }

    /// @notice keccak256 of the payouts, each encoded as two 32-byte words (address, amount), concatenated.
    function payoutsHash(Payout[] calldata payouts) public pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let len := mul(payouts.length, 64)
            let ptr := mload(0x40)
            calldatacopy(ptr, payouts.offset, len)
            h := keccak256(ptr, len)
        }
    }

    /// @notice Whether the node has used the quote nonce.
    function nonceUsed(address node, uint256 nonce) external view returns (bool) {
        return nonceBitmap[node][nonce >> 8] & (1 << (nonce & 0xff)) != 0;
    }

    // ---------------------------------------------------------------- internals

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    function _typedDigest(bytes32 structHash) private view returns (bytes32 d) {
        bytes32 sep = domainSeparator();
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, hex"1901")
            mstore(add(ptr, 0x02), sep)
            mstore(add(ptr, 0x22), structHash)
            d := keccak256(ptr, 0x42)
        }
    }

    /// @dev Recovers the signer of a 65-byte (r, s, v) signature; refuses malformed and malleable ones.
    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address signer) {
        if (sig.length != 65) revert MalformedSignature();
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 32))
            v := byte(0, calldataload(add(sig.offset, 64)))
        }
        signer = _recoverParts(digest, r, s, v);
    }

    function _recoverParts(bytes32 digest, bytes32 r, bytes32 s, uint8 v) private pure returns (address signer) {
        if (v < 27) v += 27;
        if ((v != 27 && v != 28) || uint256(s) > HALF_N) revert MalformedSignature();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert MalformedSignature();
    }

    /// @dev Adds the node to the verifier set (n is written back by the caller).
    function _join(Node memory n) private {
        uint32 seq = registrySeq + 1;
        registrySeq = seq;
        verifierCount += 1;
        n.joinedSeq = seq;
        n.leftSeq = 0;
    }

    /// @dev Takes the node out of the verifier set (n is written back by the caller).
    function _leave(Node memory n) private {
        uint32 seq = registrySeq + 1;
        registrySeq = seq;
        verifierCount -= 1;
        n.leftSeq = seq;
    }

    function _inSetAt(Node memory n, uint32 seq) private pure returns (bool) {
        return n.joinedSeq != 0 && n.joinedSeq <= seq && (n.leftSeq == 0 || n.leftSeq > seq);
    }

    /// @dev max(1, ceil(others * num / den)) for others >= 1, saturated at 2^16-1: a quorum that large
    /// does not fit a block's gas anyway (each attestation costs ~6k gas).
    function _threshold(uint256 others) private view returns (uint16) {
        uint256 t = (others * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
        if (t == 0) return 1;
        return t > type(uint16).max ? type(uint16).max : uint16(t);
    }

    function _checkQuorum(bytes32 digest, bytes calldata attestations, address node, uint32 seq, uint16 quorum)
        private
        view
    {
        if (attestations.length % 65 != 0) revert AttestationsMalformed(attestations.length);
        uint256 count = attestations.length / 65;
        uint256 threshold = quorum == 0 ? 1 : quorum;
        if (count < threshold) revert QuorumNotReached(count, threshold);
        address last;
        for (uint256 i; i < count; ++i) {
            bytes32 r;
            bytes32 s;
            uint8 v;
            assembly ("memory-safe") {
                let p := add(attestations.offset, mul(i, 65))
                r := calldataload(p)
                s := calldataload(add(p, 32))
                v := byte(0, calldataload(add(p, 64)))
            }
            address signer = _recoverParts(digest, r, s, v);
            if (signer <= last) revert AttestationsNotSorted(i, signer);
            if (signer == node && quorum != 0) revert AttesterIsTaskNode(i, signer);
            Node memory a = nodes[signer];
            if (!_inSetAt(a, seq)) revert AttesterNotInSet(i, signer, seq);
            if (a.stake < minStake) revert AttesterStakeTooLow(i, signer, a.stake);
            last = signer;
        }
    }

    function _verify(address verifier, bytes32 taskId, bytes32 resultDigest, bytes calldata proof)
        private
        returns (bool)
    {
        try IReceiptVerifier(verifier).verifyReceipt(taskId, resultDigest, proof) returns (bool ok) {
            return ok;
        } catch {
            return false;
        }
    }

    function _callback(address callback, bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest) private {
        uint256 limit = callbackGasLimit;
        // EIP-150 forwards at most 63/64 of what is left: make sure the callback can get its whole allowance,
        // so a submitter cannot starve it on purpose.
        uint256 needed = limit + limit / 63 + 5000;
        if (gasleft() < needed) revert InsufficientGasForCallback(gasleft(), needed);
        bool ok;
        bytes memory data = abi.encodeCall(IAorakiCallback.onTaskFulfilled, (taskId, resultDigest, receiptDigest));
        assembly ("memory-safe") {
            // No return data is copied: a callback cannot grief with a huge return.
            ok := call(limit, callback, 0, add(data, 0x20), mload(data), 0, 0)
        }
        emit CallbackResult(taskId, callback, ok);
    }
}
