from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import Choice, Poll, Vote


# View to list all open polls
def poll_list(request):
    now = timezone.now()
    polls = (
        Poll.objects.filter(published_at__lte=now)
        .annotate(vote_count=Count('choices__votes'))
        .order_by('-published_at')
    )
    # Filter out closed polls unless the user asks for them
    if request.GET.get('show_closed') != '1':
        polls = polls.filter(closes_at__gt=now)
    return render(request, 'polls/list.html', {'polls': polls})


# View to show a single poll with its choices
def poll_detail(request, poll_id):
    poll = get_object_or_404(Poll, pk=poll_id, published_at__lte=timezone.now())
    choices = poll.choices.order_by('position')

    # Check if the current user has already voted
    has_voted = False
    if request.user.is_authenticated:
        has_voted = Vote.objects.filter(user=request.user, choice__poll=poll).exists()

    context = {
        'poll': poll,
        'choices': choices,
        'has_voted': has_voted,
        'is_closed': poll.closes_at <= timezone.now(),
    }
    return render(request, 'polls/detail.html', context)


# View to handle a vote submission
@login_required
@require_POST
def vote(request, poll_id):
    poll = get_object_or_404(Poll, pk=poll_id)

    # Check if the poll is closed
    if poll.closes_at <= timezone.now():
        messages.error(request, 'This poll is closed.')
        return redirect('polls:detail', poll_id=poll.id)

    choice_id = request.POST.get('choice')
    if not choice_id:
        messages.error(request, 'Please select a choice.')
        return redirect('polls:detail', poll_id=poll.id)

    try:
        choice = poll.choices.get(pk=choice_id)
    except (Choice.DoesNotExist, ValueError):
        messages.error(request, 'Invalid choice.')
        return redirect('polls:detail', poll_id=poll.id)

    try:
        # Use a transaction so the vote and the counter stay consistent
        with transaction.atomic():
            Vote.objects.create(user=request.user, choice=choice)
            Choice.objects.filter(pk=choice.pk).update(votes_cached=F('votes_cached') + 1)
    except IntegrityError:
        # The unique constraint (user, poll) was violated
        messages.warning(request, 'You have already voted in this poll.')
    else:
        messages.success(request, 'Thanks for voting for "%s"!' % choice.text)

    return redirect('polls:results', poll_id=poll.id)


# View to show the results of a poll
def poll_results(request, poll_id):
    poll = get_object_or_404(Poll, pk=poll_id)
    if not poll.results_public and not request.user.is_staff:
        raise Http404('Results are not public')

    choices = poll.choices.annotate(total=Count('votes')).order_by('-total')
    total_votes = sum(c.total for c in choices)

    # Calculate the percentage for each choice
    results = []
    for choice in choices:
        if total_votes > 0:
            percent = round(choice.total * 100.0 / total_votes, 1)
        else:
            percent = 0.0
        results.append({'id': choice.id, 'text': choice.text, 'votes': choice.total, 'percent': percent})

    # Return JSON if the client asks for it
    if request.headers.get('Accept') == 'application/json':
        return JsonResponse({'poll': poll.question, 'total': total_votes, 'results': results})

    return render(request, 'polls/results.html', {'poll': poll, 'results': results, 'total': total_votes})
