# A collection filter for the plugin_collections conformance case.


def reverse_words(value):
    return ' '.join(reversed(value.split()))


class FilterModule(object):
    def filters(self):
        return {'reverse_words': reverse_words}
